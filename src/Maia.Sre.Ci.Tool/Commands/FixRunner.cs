using Maia.Sre.Ci.Fixes;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>
/// <c>--fix</c> and <c>--diff</c> on top of a finished run: the chosen fixes are applied (then the repository is checked
/// again, reusing the history already read, so the report shows what is left at its new positions) or printed as a
/// unified diff.
/// </summary>
public static class FixRunner
{
    /// <summary>
    /// Applies the run's fixes; returns the run after them (the same run when nothing was written) and the line that
    /// says what was fixed.
    /// </summary>
    public static (RunResult Result, string Summary) Apply(RunResult result, LintRequest request, FixOptions.Mode mode, CliEnvironment env)
    {
        var selection = FixSelection.From(result.ActiveFindings, mode.Unsafe);
        var outcome = FixApplier.Apply(result.Root, selection, write: true, cancellation: env.Cancellation);
        foreach (var (file, problem) in outcome.Skipped)
        {
            env.Error.WriteLine($"maia-sre: {file}: {problem}");
        }

        var after = outcome.Patches.Count == 0 ? result : LintEngine.Run(request with { History = result.FileHistory }, env.Cancellation);
        return (after, Summary("Fixed", outcome, selection));
    }

    /// <summary>Prints what <c>--fix</c> would change as a unified diff; returns the exit code (1 when there is something to fix).</summary>
    public static int Preview(RunResult result, FixOptions.Mode mode, CliEnvironment env)
    {
        var selection = FixSelection.From(result.ActiveFindings, mode.Unsafe);
        var outcome = FixApplier.Apply(result.Root, selection, write: false, cancellation: env.Cancellation);
        foreach (var patch in outcome.Patches)
        {
            UnifiedDiff.Write(env.Out, patch);
        }

        foreach (var (file, problem) in outcome.Skipped)
        {
            env.Error.WriteLine($"maia-sre: {file}: {problem}");
        }

        env.Error.WriteLine(Summary("Would fix", outcome, selection));
        return outcome.Patches.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary><c>Fixed 3 references in 2 files (1 more fixable with --unsafe-fixes).</c></summary>
    private static string Summary(string verb, FixOutcome outcome, FixSelection selection)
    {
        var text = outcome.Patches.Count == 0
            ? "No references to fix"
            : $"{verb} {Count(outcome.References, "reference")} in {Count(outcome.Patches.Count, "file")}";
        var notes = new List<string>();
        if (selection.Hidden > 0)
        {
            notes.Add($"{selection.Hidden} more fixable with --unsafe-fixes");
        }

        if (outcome.Skipped.Count > 0)
        {
            notes.Add($"{Count(outcome.Skipped.Count, "file")} left alone");
        }

        return text + (notes.Count == 0 ? "." : $" ({string.Join("; ", notes)}).");
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
