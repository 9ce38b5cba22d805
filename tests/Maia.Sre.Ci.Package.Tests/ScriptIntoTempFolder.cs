using System.Diagnostics;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// One of the repository's scripts (under <c>scripts/</c>), run at most once per test run with a new temporary folder
/// as its last argument, the way CI and releases run it; the folder is deleted by <see cref="Delete"/>.
/// </summary>
public sealed class ScriptIntoTempFolder
{
    private readonly Lazy<(TempRepo Folder, string[] Printed)> run;

    /// <summary>Runs <c>scripts/<paramref name="script"/></c> with <paramref name="arguments"/> and the folder, on first use.</summary>
    public ScriptIntoTempFolder(string script, IReadOnlyList<string> arguments, int timeoutSeconds) =>
        run = new(() => Run(script, arguments, timeoutSeconds));

    /// <summary>The folder the script wrote into.</summary>
    public string Folder => run.Value.Folder.Root;

    /// <summary>The script's standard output, line by line.</summary>
    public IReadOnlyList<string> Printed => run.Value.Printed;

    /// <summary>Deletes the folder if the script was run.</summary>
    public void Delete()
    {
        if (run.IsValueCreated)
        {
            run.Value.Folder.Dispose();
        }
    }

    private static (TempRepo Folder, string[] Printed) Run(string script, IReadOnlyList<string> arguments, int timeoutSeconds)
    {
        var folder = new TempRepo();
        var watch = Stopwatch.StartNew();
        var result = ProcessRun.Run("bash", [Path.Combine(RepoPaths.Root, "scripts", script), .. arguments, folder.Root], RepoPaths.Root, timeoutSeconds: timeoutSeconds);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        TestContext.Progress.WriteLine($"scripts/{script}: {watch.Elapsed.TotalSeconds:F1} s");
        return (folder, result.Out.TrimEnd('\n').Split('\n'));
    }
}
