using System.Diagnostics;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// The standalone native executable, published once per test run with <c>scripts/publish-native.sh</c> (for this
/// machine's runtime identifier) into a temporary folder. The script keeps its intermediate files in
/// <c>artifacts/native/.build</c>, so only the first run on a clean clone pays for the whole native compile.
/// </summary>
public static class NativeBinary
{
    private static readonly Lazy<(TempRepo Folder, string Executable)> PublishedLazy = new(Publish);

    /// <summary>The folder the script published into.</summary>
    public static string Folder => PublishedLazy.Value.Folder.Root;

    /// <summary>The executable's path, as the script printed it.</summary>
    public static string Executable => PublishedLazy.Value.Executable;

    /// <summary>Deletes the published folder if a test published it.</summary>
    public static void Delete()
    {
        if (PublishedLazy.IsValueCreated)
        {
            PublishedLazy.Value.Folder.Dispose();
        }
    }

    private static (TempRepo Folder, string Executable) Publish()
    {
        var folder = new TempRepo();
        var watch = Stopwatch.StartNew();
        // An empty RID argument means this machine's, as when the script is run without arguments.
        var publish = ProcessRun.Run("bash", [Path.Combine(RepoPaths.Root, "scripts", "publish-native.sh"), "", folder.Root], RepoPaths.Root, timeoutSeconds: 900);
        Assert.That(publish.ExitCode, Is.EqualTo(0), publish.ToString());
        TestContext.Progress.WriteLine($"scripts/publish-native.sh: {watch.Elapsed.TotalSeconds:F1} s");
        var executable = publish.Out.TrimEnd('\n').Split('\n')[^1];
        Assert.That(executable, Is.EqualTo(Path.Combine(folder.Root, OperatingSystem.IsWindows() ? "maia-sre.exe" : "maia-sre")), "the script's last line is the executable's path\n" + publish);
        Assert.That(executable, Does.Exist);
        return (folder, executable);
    }
}

/// <summary>Removes the published executable after the last test of this assembly.</summary>
[SetUpFixture]
public sealed class NativeBinaryCleanup
{
    [OneTimeTearDown]
    public void DeleteExecutable() => NativeBinary.Delete();
}
