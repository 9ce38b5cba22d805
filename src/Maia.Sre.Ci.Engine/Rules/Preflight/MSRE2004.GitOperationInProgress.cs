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
        Environmental: true,
        Docs: new()
        {
            Why = """
                A half-finished merge, rebase, cherry-pick, revert, `git am` or bisect leaves conflicts, a detached HEAD or state files behind; a job that commits or pushes on top of it records the wrong history or fails. The lint stage (`check`, the Action, MSBuild, the pre-commit hook) makes this check only when its key under `preflight.git` is set; `maia-sre preflight` always makes it (see [Which checks run where](../preflight.md#which-checks-run-where)).
                """,
            Example = new()
            {
                Files =
                [
                    new("NOTES.md", "markdown", """
                        a
                        """),
                ],
                Command = "maia-sre preflight",
                Needs = "a git repository in the middle of a merge that stopped on a conflict in `NOTES.md`",
                Output =
                [
                    "maia-sre: warning MSRE2003: the working tree has 1 changed file: NOTES.md",
                    "maia-sre: error MSRE2004: a merge is in progress; finish or abort it before the job runs",
                    "maia-sre: 1 critical, 1 warning; 7 preflight checks; FAIL",
                ],
                Fix = """
                    Resolve the conflict and commit (`git add NOTES.md && git commit`), or give up the merge with `git merge --abort`. The pre-commit hook never makes this check: committing is how a merge ends.
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                Set `preflight.git.operationInProgress` to another severity, or to `off`. It describes the clone or the machine, not the repository's content, so there is nothing to suppress in a file and a baseline never records or hides it: it is judged afresh on every run.
                """,
            Settings =
            [
                new("preflight.git.operationInProgress", "its severity (`critical`, `error`, `warning`, `note`) or `off`; setting it makes the lint stage run it too"),
            ],
        });
}
