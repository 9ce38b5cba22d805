using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2006: The clone is shallow: history-dependent steps break.</summary>
public static class GitShallowCloneRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.GitShallowClone,
        "git-shallow-clone",
        RuleSets.Preflight,
        Severity.Warning,
        "The clone is shallow: history-dependent steps break.",
        "Version calculation from tags, changelogs, 'git describe', blame and diffs against a base branch need history that a shallow clone ('--depth') does not have.",
        "Fetch full history (actions/checkout 'fetch-depth: 0', 'git fetch --unshallow'), or set 'preflight.git.shallow' to 'off'.",
        "Fetch full history (actions/checkout `fetch-depth: 0`, `git fetch --unshallow`), or set `preflight.git.shallow` to `off`.",
        ["reliability", "git"],
        "very-high",
        Environmental: true);
}
