using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules;

namespace Maia.Sre.Ci.Preflight;

/// <summary>Collects preflight checks and their findings, and turns them into a <see cref="RuleSetResult"/>.</summary>
internal sealed class PreflightRecorder
{
    /// <summary>The finding property that names the check a repository-wide finding belongs to.</summary>
    public const string CheckProperty = "check";

    private readonly List<Finding> findings = [];
    private readonly List<Check> checks = [];
    private readonly List<PreflightCheckResult> results = [];

    /// <summary>Records a check that passed.</summary>
    public void Passed(RuleDescriptor rule, string subject, string message) => Record(rule, subject, [], message);

    /// <summary>Records a repository-wide check with one finding (a note still passes).</summary>
    public void Found(RuleDescriptor rule, string subject, Severity severity, string message, string? reference = null)
    {
        var finding = new Finding
        {
            RuleId = rule.Id,
            RuleName = rule.Name,
            Severity = severity,
            Message = message,
            Reference = reference ?? subject,
            Properties = new Dictionary<string, string>(StringComparer.Ordinal) { [CheckProperty] = subject },
        };
        Record(rule, subject, [finding], message);
    }

    /// <summary>
    /// Records a check with any number of findings (passing when none is active); <paramref name="findingRule"/> names
    /// the rule of those findings when it is not the check's own (<see cref="Check.FindingRuleId"/>).
    /// </summary>
    public void Record(RuleDescriptor rule, string subject, IReadOnlyList<Finding> found, string passMessage, string? findingRule = null)
    {
        findings.AddRange(found);
        checks.Add(new Check(RuleSets.Preflight, rule.Id, subject) { FindingRuleId = findingRule ?? rule.Id });
        var active = found.Where(f => f.Suppression is null).ToList();
        var worst = active.Count == 0 ? (Severity?)null : active.Max(f => f.Severity);
        var status = worst switch
        {
            null or Severity.Note => CheckStatus.Passed,
            Severity.Warning => CheckStatus.Warning,
            _ => CheckStatus.Failed,
        };
        var message = active.Count switch
        {
            0 => passMessage,
            1 => active[0].Message,
            _ => $"{active.Count} findings; first: {active.OrderByDescending(f => f.Severity).First().Message}",
        };
        results.Add(new PreflightCheckResult(rule.Id, subject, status, worst, message));
    }

    /// <summary>The rule set's result.</summary>
    public RuleSetResult ToResult()
    {
        var report = new PreflightReport(results);
        return new RuleSetResult { Findings = findings, Checks = checks, Summary = report.Summary, Details = report };
    }
}
