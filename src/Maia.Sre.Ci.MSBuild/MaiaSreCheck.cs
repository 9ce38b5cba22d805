using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Maia.Sre.Ci.MSBuild;

/// <summary>
/// Runs the packaged <c>maia-sre check</c> with <c>dotnet</c> (a separate process, so none of the engine's dependencies
/// load into MSBuild) and logs every finding as a real MSBuild diagnostic. Succeeds exactly when the CLI exits 0.
/// </summary>
public sealed class MaiaSreCheck : ToolTask
{
    private FindingLogger? findings;

    /// <summary>The repository root; relative paths in findings are made full from it.</summary>
    [Required]
    public string Root { get; set; } = "";

    /// <summary>The packaged <c>maia-sre.dll</c>.</summary>
    [Required]
    public string ToolDll { get; set; } = "";

    /// <summary>The <c>dotnet</c> host; empty means <c>DOTNET_HOST_PATH</c>, then <c>dotnet</c> on the PATH.</summary>
    public string? DotnetHostPath { get; set; }

    /// <summary><c>--config</c>; empty means <c>.maia-sre.json</c> at the root (defaults when it is missing).</summary>
    public string? ConfigFile { get; set; }

    /// <summary><c>--fail-on</c>: critical, error, warning or never; empty lets the CLI choose (critical; warning in pull-request mode).</summary>
    public string? FailOn { get; set; }

    /// <summary><c>--rule-sets</c>; commas or semicolons; empty means every rule set.</summary>
    public string? RuleSets { get; set; }

    public string? SarifFile { get; set; }

    public string? JUnitFile { get; set; }

    public string? BaselineFile { get; set; }

    /// <summary>Pull-request mode: a git ref such as <c>origin/main</c> (<c>--changed-since</c>); empty for a full check.</summary>
    public string? ChangedSince { get; set; }

    /// <summary>More arguments for <c>maia-sre check</c>, as one command-line string.</summary>
    public string? ExtraArguments { get; set; }

    /// <summary>Written after a passing run (the target's output); also names the lock shared by parallel builds.</summary>
    public string? StampFile { get; set; }

    protected override string ToolName => Path.DirectorySeparatorChar == '\\' ? "dotnet.exe" : "dotnet";

    protected override Encoding StandardOutputEncoding => new UTF8Encoding(false);

    protected override Encoding StandardErrorEncoding => new UTF8Encoding(false);

    public override bool Execute()
    {
        // No trailing separator: on Windows `--root "C:\repo\"` would escape the closing quote.
        var full = Path.GetFullPath(Root);
        Root = full.Length > Path.GetPathRoot(full)!.Length ? full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : full;
        if (!File.Exists(ToolDll))
        {
            Log.LogError(null, TaskCodes.ToolFailed, null, null, 0, 0, 0, 0, "maia-sre was not found at '{0}'; the Maia.Sre.Ci.MSBuild package looks incomplete", ToolDll);
            return false;
        }

        var key = "Maia.Sre.Ci.MSBuild|" + Root + "|" + GenerateCommandLineCommands();
        if (RunGate.Cached(BuildEngine, key) is { } earlier)
        {
            Log.LogMessage(MessageImportance.Normal, "maia-sre already ran for '{0}' in this build (project '{1}', {2}); its findings are listed there", Root, earlier.ProjectFile, earlier.Succeeded ? "passed" : "failed");
            return true;
        }

        using var gate = RunGate.Enter(StampFile);
        if (gate.OtherRunSucceeded || gate.OtherRunFailed)
        {
            Log.LogMessage(MessageImportance.Normal, "maia-sre ran for '{0}' in another project of this build ({1}); its findings are listed there", Root, gate.OtherRunSucceeded ? "passed" : "failed");
            return true;
        }

        // The .NET problem matcher already turns the logged errors into annotations: no second set from the CLI.
        EnvironmentVariables = [.. EnvironmentVariables ?? [], "GITHUB_ACTIONS=", "GITHUB_STEP_SUMMARY=", "NO_COLOR=1"];
        findings = new FindingLogger(Log, Root, EffectiveFailOn);
        var succeeded = base.Execute();
        gate.Complete(succeeded, findings.LastPlainLine);
        RunGate.Record(BuildEngine, key, new RunRecord(succeeded, BuildEngine.ProjectFileOfTaskNode));
        return succeeded;
    }

    protected override string GenerateFullPathToTool()
    {
        if (!string.IsNullOrEmpty(DotnetHostPath) && File.Exists(DotnetHostPath))
        {
            return DotnetHostPath!;
        }

        var fromMSBuild = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromMSBuild) && File.Exists(fromMSBuild))
        {
            return fromMSBuild!;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator)
            .Where(dir => dir.Length > 0)
            .Select(dir => Path.Combine(dir, ToolName))
            .FirstOrDefault(File.Exists);
        return onPath ?? ToolName;
    }

    /// <summary>The fail level the CLI judges by: <see cref="FailOn"/>, else <c>warning</c> in pull-request mode, else <c>critical</c>.</summary>
    internal string EffectiveFailOn =>
        !string.IsNullOrWhiteSpace(FailOn) ? FailOn!.Trim() : !string.IsNullOrWhiteSpace(ChangedSince) ? "warning" : "critical";

    protected override string GetWorkingDirectory() => Root;

    protected override string GenerateCommandLineCommands() =>
        new CheckArguments(this).ToString();

    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance) =>
        findings?.Add(singleLine);

    protected override int ExecuteTool(string pathToTool, string responseFileCommands, string commandLineCommands)
    {
        var exitCode = base.ExecuteTool(pathToTool, responseFileCommands, commandLineCommands);
        findings?.Emit(exitCode);
        return exitCode;
    }

    /// <summary>Same exit semantics as the CLI: 1 = findings at or above the fail level, anything else = it could not run.</summary>
    protected override bool HandleTaskExecutionErrors()
    {
        if (findings is { ErrorsLogged: > 0 })
        {
            return false;
        }

        var last = findings?.LastPlainLine ?? "";
        if (ExitCode == 1)
        {
            Log.LogError(null, TaskCodes.FailedOnFindings, null, null, 0, 0, 0, 0, "maia-sre: findings at or above MaiaSreFailOn={0}: {1}", EffectiveFailOn, last);
        }
        else if (!Log.HasLoggedErrors)
        {
            Log.LogError(null, TaskCodes.ToolFailed, null, null, 0, 0, 0, 0, "maia-sre exited with code {0}: {1}", ExitCode, last);
        }

        return false;
    }
}
