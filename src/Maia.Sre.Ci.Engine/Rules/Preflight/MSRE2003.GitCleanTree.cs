using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2003: The working tree has uncommitted or untracked changes.</summary>
public static class GitCleanTreeRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.GitCleanTree,
        "git-clean-tree",
        RuleSets.Preflight,
        Severity.Warning,
        "The working tree has uncommitted or untracked changes.",
        "Changes left in the working tree are mixed into whatever the job commits, or hide that a build step changed tracked files. The message names the count and the first changed files.",
        "Commit, stash or clean the changes, or set 'preflight.git.clean' to another severity or 'off'.",
        "Commit, stash or clean the changes, or set `preflight.git.clean` to another severity or `off`.",
        ["reliability", "git"],
        "very-high",
        Environmental: true);
}
