using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2004: A merge, rebase, cherry-pick, revert, am or bisect is in progress.</summary>
public static class GitOperationInProgressRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.GitOperationInProgress,
        "git-operation-in-progress",
        RuleSets.Preflight,
        Severity.Critical,
        "A merge, rebase, cherry-pick, revert, am or bisect is in progress.",
        "A half-finished git operation leaves conflicts, a detached HEAD and state files behind; a job that commits or pushes on top of it corrupts history or fails.",
        "Finish or abort the operation ('git rebase --abort', 'git merge --abort', 'git cherry-pick --abort', 'git bisect reset').",
        "Finish or abort the operation (`git rebase --abort`, `git merge --abort`, `git cherry-pick --abort`, `git bisect reset`).",
        ["reliability", "git"],
        "very-high",
        Environmental: true);
}
