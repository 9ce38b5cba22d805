using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Preflight;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Preflight;

/// <summary>
/// MSRE2013, the critical-source gate: a reading of the phantom rules, never a second finding. It runs only when the
/// phantom rules do not run in the same run (<see cref="PreflightPlan.CriticalSourceGate"/>): then it scans the
/// critical sources alone (with every other phantom setting kept), and each phantom there, critical because its
/// source is critical, is reported once, as the MSRE1001 finding it is. One check per critical source, decided by them.
/// </summary>
internal static class CriticalSourceChecks
{
    /// <summary>Checks the files matching <paramref name="criticalSources"/> (only what <paramref name="changes"/> could break, when given).</summary>
    public static void Run(
        WorkspaceFiles files,
        PhantomsConfig phantoms,
        IReadOnlyList<string> criticalSources,
        IReadOnlyCollection<string>? narrowTo,
        ChangeSet? changes,
        PreflightRecorder recorder,
        CancellationToken cancellation)
    {
        // In pull-request mode the gate keeps only what the change could have caused, as the phantom rules do.
        var result = new PhantomAnalyzer(phantoms with { Sources = criticalSources }).Run(files, narrowTo, changes, cancellation);
        var bySource = result.Findings
            .Where(f => f.RuleId == RuleIds.PhantomReference && f.Severity == Severity.Critical)
            .ToLookup(f => f.File, StringComparer.Ordinal);
        foreach (var check in result.Checks.Select(c => c.Subject).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            recorder.Record(CriticalSourcePhantomRule.Descriptor, check, bySource[check].ToList(), $"'{check}' references no phantom", RuleIds.PhantomReference);
        }
    }
}
