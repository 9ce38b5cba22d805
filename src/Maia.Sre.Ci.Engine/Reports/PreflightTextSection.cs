using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Preflight;
using Maia.Sre.Ci.Rules;

namespace Maia.Sre.Ci.Reports;

/// <summary>
/// The preflight part of the text summary, in the original checker's shape: status line, totals, the passed /
/// warnings / failed lists and a "ready" or "blocked" verdict. ASCII only, so logs render it everywhere.
/// </summary>
public static class PreflightTextSection
{
    /// <summary>Writes the section; <paramref name="quiet"/> leaves out the list of passed checks.</summary>
    public static void Write(TextWriter output, RunResult result, PreflightReport report, bool quiet)
    {
        var rules = RuleCatalog.InSet(RuleSets.Preflight).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var blocking = result.FailingFindings.Count(f => rules.Contains(f.RuleId));
        if (result.Phantoms is not null)
        {
            output.WriteLine();
        }

        output.WriteLine("PRE-FLIGHT CHECK RESULTS");
        output.WriteLine(blocking == 0 ? "STATUS: PASS - ready" : "STATUS: FAIL - blocked");
        output.WriteLine("Summary:");
        output.WriteLine($"  Total Checks: {report.Checks.Count}");
        output.WriteLine($"  Passed: {report.Passed}");
        output.WriteLine($"  Failed: {report.Failed}");
        output.WriteLine($"  Warnings: {report.Warnings}");
        output.WriteLine($"  Critical Failures: {report.CriticalFailures}");
        if (!quiet)
        {
            WriteList(output, "Passed:", report.Checks.Where(c => c.Status == CheckStatus.Passed));
        }

        WriteList(output, "Warnings:", report.Checks.Where(c => c.Status == CheckStatus.Warning));
        WriteList(output, "Failed:", report.Checks.Where(c => c.Status == CheckStatus.Failed));
        output.WriteLine(blocking == 0
            ? "Verdict: ready - no preflight check blocks the run"
            : $"Verdict: blocked - {blocking} preflight {(blocking == 1 ? "finding fails" : "findings fail")} at --fail-on {result.FailLevel.ToString().ToLowerInvariant()}; fix {(blocking == 1 ? "it" : "them")} before the job runs");
        output.WriteLine();
    }

    private static void WriteList(TextWriter output, string title, IEnumerable<PreflightCheckResult> checks)
    {
        var list = checks.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine(title);
        foreach (var check in list)
        {
            var mark = check.Status switch
            {
                CheckStatus.Passed => check.Severity is null ? "ok  " : "note",
                CheckStatus.Warning => "warn",
                _ => check.Severity == Severity.Critical ? "CRIT" : "FAIL",
            };
            output.WriteLine($"  [{mark}] {check.RuleId} {check.Subject}: {check.Message}");
        }
    }
}
