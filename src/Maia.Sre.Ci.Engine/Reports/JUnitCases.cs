using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Reports;

/// <summary>
/// Groups a run into JUnit suites and test cases: one suite per rule set, one case per check (rule × subject),
/// plus one case for each finding no check covers. Names are unique across the whole report.
/// </summary>
internal static class JUnitCases
{
    /// <summary>Suites in rule-set order; cases in check order, then uncovered findings in finding order.</summary>
    public static IReadOnlyList<JUnitSuite> Build(RunResult result, bool criticalOnly)
    {
        var findings = result.Findings.Where(f => !criticalOnly || f.Severity == Severity.Critical).ToList();
        var ruleSetOf = result.Rules.ToDictionary(r => r.Id, r => r.RuleSet, StringComparer.Ordinal);
        var ruleNameOf = result.Rules.ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);
        var byCheck = findings.ToLookup(Check.KeyOf);
        var checkKeys = result.Checks.Select(c => c.Key).ToHashSet();
        var uncovered = findings.Where(f => !checkKeys.Contains(Check.KeyOf(f))).ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var suites = new List<JUnitSuite>();
        var setNames = result.RuleSets.Concat(uncovered.Select(f => ruleSetOf.GetValueOrDefault(f.RuleId, "maia-sre"))).Distinct(StringComparer.Ordinal);
        foreach (var set in setNames)
        {
            var cases = new List<JUnitCase>();
            foreach (var check in result.Checks.Where(c => c.RuleSet == set).Distinct())
            {
                var rule = ruleNameOf.GetValueOrDefault(check.RuleId, check.RuleId);
                cases.Add(new JUnitCase(Unique(names, $"{check.Subject} [{check.RuleId} {rule}]"), $"{set}.{rule}", byCheck[check.Key].ToList(), result.FailLevel));
            }

            foreach (var finding in uncovered.Where(f => ruleSetOf.GetValueOrDefault(f.RuleId, "maia-sre") == set))
            {
                var place = finding.File.Length == 0 ? "(repository)" : $"{finding.File}:{finding.Line}:{finding.Column}";
                cases.Add(new JUnitCase(Unique(names, $"{place} [{finding.RuleId} {finding.RuleName}]"), $"{set}.{finding.RuleName}", [finding], result.FailLevel));
            }

            suites.Add(new JUnitSuite(set, cases));
        }

        return suites;
    }

    /// <summary>
    /// Whether a finding fails its test case: exactly when it fails the run, active (not suppressed, not in the
    /// baseline) and at or above the fail level. The rest are listed in <c>system-out</c>: a run that exits 0 gives a
    /// report with no failures, so test-report views agree with the build.
    /// </summary>
    public static bool Fails(Finding finding, FailLevel level) =>
        finding.Suppression is null && finding.BaselineState != BaselineState.Unchanged && level.Fails(finding.Severity);

    /// <summary><c>path:line:col</c> of a finding.</summary>
    public static string Place(Finding finding) =>
        finding.File.Length == 0 ? "(repository)" : finding.Line > 0 ? $"{finding.File}:{finding.Line}:{Math.Max(finding.Column, 1)}" : finding.File;

    private static string Unique(HashSet<string> taken, string name)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{name} ({n})";
        }

        return candidate;
    }
}

/// <summary>One JUnit test suite: a rule set.</summary>
internal sealed record JUnitSuite(string Name, IReadOnlyList<JUnitCase> Cases)
{
    public int Failures => Cases.Count(c => c.Failed);
}

/// <summary>One JUnit test case, the findings that belong to it, and the run's fail level that judges them.</summary>
internal sealed record JUnitCase(string Name, string ClassName, IReadOnlyList<Finding> Findings, FailLevel FailLevel)
{
    public bool Failed => Findings.Any(Fails);

    public bool Fails(Finding finding) => JUnitCases.Fails(finding, FailLevel);
}
