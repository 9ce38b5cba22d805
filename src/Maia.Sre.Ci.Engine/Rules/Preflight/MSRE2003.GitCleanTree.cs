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
        Environmental: true,
        Docs: new()
        {
            Why = """
                Changes left in the working tree are mixed into whatever the job commits next, or hide that an earlier step changed tracked files. The message names how many files changed and the first five. The lint stage (`check`, the Action, MSBuild, the pre-commit hook) makes this check only when its key under `preflight.git` is set; `maia-sre preflight` always makes it (see [Which checks run where](../preflight.md#which-checks-run-where)).
                """,
            Example = new()
            {
                Files =
                [
                    new("README.md", "markdown", """
                        # App
                        """),
                    new("NOTES.md", "markdown", """
                        draft
                        """),
                ],
                Command = "maia-sre preflight",
                Needs = "a git repository in which `NOTES.md` is not committed",
                Output =
                [
                    "maia-sre: warning MSRE2003: the working tree has 1 changed file: NOTES.md",
                ],
                Fix = """
                    Commit, stash or delete `NOTES.md` (`git stash --include-untracked`), or add it to `.gitignore` when it is a local file. The pre-commit hook never makes this check: a commit in progress always has changes.
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                Set `preflight.git.clean` to another severity, or to `off`. It describes the clone or the machine, not the repository's content, so there is nothing to suppress in a file and a baseline never records or hides it: it is judged afresh on every run.
                """,
            Settings =
            [
                new("preflight.git.clean", "its severity (`critical`, `error`, `warning`, `note`) or `off`; setting it makes the lint stage run it too"),
            ],
        });
}
