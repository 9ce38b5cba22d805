using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Preflight;

namespace Maia.Sre.Ci.Reports;

/// <summary>
/// The preflight checks of <c>--verbose</c>: each check with how it ended, judged from the run's findings (so a
/// suppressed or baseline finding does not show as a failure). It gives no verdict of its own: the summary line does.
/// </summary>
public static class PreflightTextSection
{
    /// <summary>Writes the section.</summary>
    public static void Write(TextWriter output, RunResult result, PreflightReport report)
    {
        if (report.Checks.Count == 0)
        {
            output.WriteLine("Preflight: no checks in this context (configure them, or run 'maia-sre preflight' for every check)");
            return;
        }

        var findingRule = result.Checks.GroupBy(c => (c.RuleId, c.Subject)).ToDictionary(g => g.Key, g => g.First().FindingRuleId);
        var active = result.ActiveFindings.ToLookup(Check.KeyOf);
        output.WriteLine($"Preflight checks ({report.Checks.Count}):");
        foreach (var check in report.Checks)
        {
            var key = (findingRule.GetValueOrDefault((check.RuleId, check.Subject), check.RuleId), check.Subject);
            var found = active[key].ToList();
            var worst = found.Count == 0 ? (Severity?)null : found.Max(f => f.Severity);
            var status = worst switch
            {
                null or Severity.Note => "passed",
                Severity.Warning => "warning",
                _ => "failed",
            };
            var message = found.Count switch
            {
                0 => check.Status == CheckStatus.Passed ? check.Message : "passed (its findings are suppressed or in the baseline)",
                1 => found[0].Message,
                _ => $"{found.Count} findings; the first: {found.OrderByDescending(f => f.Severity).First().Message}",
            };
            output.WriteLine($"  {status,-8} {check.RuleId} {check.Subject}: {message}");
        }
    }
}
