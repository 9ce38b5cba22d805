using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2002: git user.name or user.email is not configured.</summary>
public static class GitIdentityRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.GitIdentity,
        "git-identity",
        RuleSets.Preflight,
        Severity.Warning,
        "git user.name or user.email is not configured.",
        "A job that commits (a save-state, a release bump, a bot) fails late when git has no identity. Many CI runners have none and never commit, so the severity is configurable with 'preflight.git.identity'.",
        "Set 'git config user.name' and 'git config user.email' in the job, or set 'preflight.git.identity' to 'off'.",
        "Set `git config user.name` and `git config user.email` in the job, or set `preflight.git.identity` to `off`.",
        ["reliability", "git"],
        "very-high",
        Environmental: true);
}
