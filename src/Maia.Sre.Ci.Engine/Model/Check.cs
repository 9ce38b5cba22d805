namespace Maia.Sre.Ci.Model;

/// <summary>
/// One thing a rule looked at (a rule × source file, a preflight check, a service), so reports can show what was
/// checked even when it passed. Findings belong to a check when their rule id and subject match.
/// </summary>
/// <param name="RuleSet">Rule set name.</param>
/// <param name="RuleId">Rule code.</param>
/// <param name="Subject">What was checked: a repository-relative file, a check name or a service label.</param>
public sealed record Check(string RuleSet, string RuleId, string Subject);
