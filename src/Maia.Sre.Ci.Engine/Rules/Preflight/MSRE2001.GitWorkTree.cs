using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2001: The repository root is not inside a git work tree, or git cannot answer.</summary>
public static class GitWorkTreeRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.GitWorkTree,
        "git-work-tree",
        RuleSets.Preflight,
        Severity.Critical,
        "The repository root is not inside a git work tree, or git cannot answer.",
        "Preflight needs git to see the repository's state: a root outside a git work tree (a tarball, a copied folder), a missing git or a git that does not answer in time blocks the run. Set 'preflight.git.requireWorkTree' to false for jobs that run on exported sources.",
        "Run in a git clone, install git, or set 'preflight.git.requireWorkTree' to false.",
        "Run in a git clone, install git, or set `preflight.git.requireWorkTree` to false.",
        ["reliability", "git"],
        "very-high",
        Environmental: true,
        Docs: new()
        {
            Why = """
                `maia-sre preflight` guards jobs that change the repository (commit, tag, save state); without git it cannot tell whether that is safe, so it stops them. The lint stage (`check`) does not need git: outside a work tree it walks the folder instead, and makes this check only when `preflight.git.requireWorkTree` is configured (see [Which checks run where](../preflight.md#which-checks-run-where)).
                """,
            Example = new()
            {
                Files =
                [
                    new("README.md", "markdown", """
                        # App
                        """),
                ],
                Command = "maia-sre preflight",
                Needs = "a folder that is not a git work tree (an unpacked archive, a copied folder)",
                Output =
                [
                    "maia-sre: error MSRE2001: not a usable git work tree: git failed to find the work tree: fatal: not a git repository (or any of the parent directories): .git",
                    "maia-sre: 1 critical; 2 preflight checks; FAIL",
                ],
                Fix = """
                    Run the job in a clone (`git clone`, or `actions/checkout`), install git, or, for a job that works on exported sources on purpose, set `preflight.git.requireWorkTree` to `false`.
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                Set `preflight.git.requireWorkTree` to `false`; the other git checks are then skipped too. It describes the clone or the machine, not the repository's content, so there is nothing to suppress in a file and a baseline never records or hides it: it is judged afresh on every run.
                """,
            Settings =
            [
                new("preflight.git.requireWorkTree", "`false` passes outside a work tree and skips the other git checks"),
                new("preflight.commandTimeoutSeconds", "how long each git command may take before the check fails"),
                new("preflight.enabled", "`false` turns every preflight check off"),
            ],
        });
}
