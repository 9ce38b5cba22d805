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

    private static readonly ScriptIntoTempFolder Feed = new("pack-native-tool.sh", [Rid], timeoutSeconds: 900);

    /// <summary>The feed folder.</summary>
    public static string Folder => Feed.Folder;

    /// <summary>The script's output lines.</summary>
    public static IReadOnlyList<string> Printed => Feed.Printed;

    /// <summary>Deletes the feed if a test packed it.</summary>
    public static void Delete() => Feed.Delete();
}

/// <summary>Removes the native tool's feed after the last test of this assembly.</summary>
[SetUpFixture]
public sealed class NativeToolFeedCleanup
{
    [OneTimeTearDown]
    public void DeleteFeed() => NativeToolFeed.Delete();
}
