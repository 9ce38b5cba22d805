using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2005: HEAD is detached (not on a branch).</summary>
public static class GitDetachedHeadRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.GitDetachedHead,
        "git-detached-head",
        RuleSets.Preflight,
        Severity.Note,
        "HEAD is detached (not on a branch).",
        "CI checkouts of pull requests and tags are usually detached, which is fine for building; a job that commits on a detached HEAD loses its commits.",
        "Check out a branch before committing, or set 'preflight.git.detachedHead' to 'off'.",
        "Check out a branch before committing, or set `preflight.git.detachedHead` to `off`.",
        ["git"],
        "very-high",
        Environmental: true,
        Docs: new()
        {
            Why = """
                CI checkouts of pull requests and tags are usually detached, which is fine for building, so this is a note by default. A job that commits on a detached HEAD leaves its commits on no branch, where they are easily lost. The lint stage (`check`, the Action, MSBuild, the pre-commit hook) makes this check only when its key under `preflight.git` is set; `maia-sre preflight` always makes it (see [Which checks run where](../preflight.md#which-checks-run-where)).
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
                Needs = "a git repository whose HEAD is detached (`git checkout --detach`)",
                Output =
                [
                    "maia-sre: info MSRE2005: HEAD is detached at 2ac0f49: commits made now belong to no branch",
                ],
                Fix = """
                    Check out a branch before committing (`git switch -c release-notes`), or push the detached commit explicitly (`git push origin HEAD:refs/heads/release-notes`).
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                Set `preflight.git.detachedHead` to another severity, or to `off`. It describes the clone or the machine, not the repository's content, so there is nothing to suppress in a file and a baseline never records or hides it: it is judged afresh on every run.
                """,
            Settings =
            [
                new("preflight.git.detachedHead", "its severity (`critical`, `error`, `warning`, `note`) or `off`; setting it makes the lint stage run it too"),
            ],
        });
}
