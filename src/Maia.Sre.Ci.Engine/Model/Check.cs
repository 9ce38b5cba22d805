namespace Maia.Sre.Ci.Model;

/// <summary>
/// One thing a rule looked at (a rule × source file, a preflight check, a service), so reports can show what was
/// checked even when it passed. Findings belong to a check when their rule id (<see cref="FindingRuleId"/>) and
/// subject match: a finding's file, or for a repository-wide finding the check it names (its <c>check</c> property).
/// </summary>
/// <param name="RuleSet">Rule set name.</param>
/// <param name="RuleId">Rule code.</param>
/// <param name="Subject">What was checked: a repository-relative file, a check name or a service label.</param>
public sealed record Check(string RuleSet, string RuleId, string Subject)
{
    /// <summary>
    /// The rule of the findings that decide this check, when another rule reports them: the critical-source gate
    /// (MSRE2013) is decided by the MSRE1001 findings of its source and adds none of its own.
    /// </summary>
    public string FindingRuleId { get; init; } = RuleId;

    /// <summary>The key a finding must have to belong here (<see cref="KeyOf"/>).</summary>
    public (string RuleId, string Subject) Key => (FindingRuleId, Subject);

    /// <summary>The check key of <paramref name="finding"/>: its rule and its file, or the check a repository-wide finding names.</summary>
    public static (string RuleId, string Subject) KeyOf(Finding finding) =>
        (finding.RuleId, finding.File.Length == 0 && finding.Properties?.GetValueOrDefault("check") is { } check ? check : finding.File);
}
