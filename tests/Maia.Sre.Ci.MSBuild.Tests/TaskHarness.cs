namespace Maia.Sre.Ci.MSBuild.Tests;

/// <summary>Creates the task against the maia-sre.dll built next to the tests, and runs the same CLI for comparison.</summary>
public static class TaskHarness
{
    public static string ToolDll => Path.Combine(AppContext.BaseDirectory, "maia-sre.dll");

    public static MaiaSreCheck NewTask(FakeBuildEngine engine, string root, string? failOn = "critical") =>
        new() { BuildEngine = engine, Root = root, ToolDll = ToolDll, FailOn = failOn };

    /// <summary><c>maia-sre check</c> as a process: exit code and its canonical finding lines.</summary>
    public static (int ExitCode, List<string> Lines) Cli(string root, params string[] extra)
    {
        var outcome = ChildProcess.Run("dotnet", [ToolDll, "check", "--root", root, "--no-color", .. extra], root);
        var lines = (outcome.Out + "\n" + outcome.Error).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => CanonicalLine.TryParse(l) is not null).ToList();
        return (outcome.ExitCode, lines);
    }
}
