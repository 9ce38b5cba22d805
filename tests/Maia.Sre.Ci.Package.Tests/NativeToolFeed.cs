using System.Diagnostics;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// A temporary local feed holding the native dotnet tool <c>Maia.Sre.Ci.Tool.Native</c>, packed once per test run for
/// linux-x64 with <c>scripts/pack-native-tool.sh</c>. The script keeps its intermediate files in
/// <c>artifacts/native-tool/.build</c>, so only the first run on a clean clone pays for the whole native compile.
/// </summary>
public static class NativeToolFeed
{
    /// <summary>The one runtime identifier packed and tested here.</summary>
    public const string Rid = "linux-x64";

    private static readonly Lazy<(TempRepo Folder, string[] Printed)> FeedLazy = new(Pack);

    /// <summary>The feed folder.</summary>
    public static string Folder => FeedLazy.Value.Folder.Root;

    /// <summary>The script's output lines.</summary>
    public static IReadOnlyList<string> Printed => FeedLazy.Value.Printed;

    /// <summary>Deletes the feed if a test packed it.</summary>
    public static void Delete()
    {
        if (FeedLazy.IsValueCreated)
        {
            FeedLazy.Value.Folder.Dispose();
        }
    }

    private static (TempRepo Folder, string[] Printed) Pack()
    {
        var feed = new TempRepo();
        var watch = Stopwatch.StartNew();
        var pack = ProcessRun.Run("bash", [Path.Combine(RepoPaths.Root, "scripts", "pack-native-tool.sh"), Rid, feed.Root], RepoPaths.Root, timeoutSeconds: 900);
        Assert.That(pack.ExitCode, Is.EqualTo(0), pack.ToString());
        TestContext.Progress.WriteLine($"scripts/pack-native-tool.sh: {watch.Elapsed.TotalSeconds:F1} s");
        return (feed, pack.Out.TrimEnd('\n').Split('\n'));
    }
}

/// <summary>Removes the native tool's feed after the last test of this assembly.</summary>
[SetUpFixture]
public sealed class NativeToolFeedCleanup
{
    [OneTimeTearDown]
    public void DeleteFeed() => NativeToolFeed.Delete();
}
