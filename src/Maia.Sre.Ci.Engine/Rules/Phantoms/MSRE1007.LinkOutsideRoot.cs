using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>MSRE1007: a symbolic link points outside the repository and was not followed.</summary>
public static class LinkOutsideRootRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.LinkOutsideRoot,
        "link-outside-root",
        RuleSets.Phantoms,
        Severity.Warning,
        "A symbolic link points outside the repository root; it was not followed.",
        "Links out of the repository make its content depend on the machine and could expose files outside it, so they " +
        "are never followed.",
        "Replace the link with the file, or exclude it.",
        "Replace the link with the file, or exclude it with `phantoms.exclude`.",
        ["security", "portability"],
        "very-high",
        Docs: new()
        {
            Why = """
                What a link out of the repository points at differs on every machine, and following it would let a repository make the tool read any file on the host (a link to `/etc` or to a home folder). maia-sre never follows such links and says so, so a reference that resolves through one is not silently trusted.
                """,
            Example = new()
            {
                Files =
                [
                    new("README.md", "markdown", """
                        # App

                        The deploy runbook is `docs/runbook.md`.
                        """),
                ],
                Needs = "`docs/runbook.md` to be a symbolic link to `/srv/runbooks/deploy.md`",
                Output =
                [
                    "docs/runbook.md: warning MSRE1007: symbolic link 'docs/runbook.md' points outside the repository (/srv/runbooks/deploy.md); not followed",
                ],
                Fix = "Commit the runbook itself in `docs/` (or a pointer to where it is published) instead of the link.",
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                A link that is meant to stay: leave its path out with `phantoms.exclude`. To accept today's findings and fail only on new ones, record them with `maia-sre baseline write FILE` and run with `--baseline FILE` (see [Baselines](../baselines.md)).
                """,
            Settings =
            [
                new("phantoms.exclude", "files and links never read"),
            ],
        });
}
