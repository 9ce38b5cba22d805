using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>MSRE1006: a link's <c>#fragment</c> names no heading, anchor or line of its target.</summary>
public static class MissingAnchorRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.MissingAnchor,
        "missing-anchor",
        RuleSets.Phantoms,
        Severity.Warning,
        "A link's #fragment names no heading, anchor or line of its target.",
        "Links such as 'guide.md#setup' and '#setup' are checked against the target's headings, with the IDs GitHub " +
        "gives them (lower case, punctuation and emoji removed, spaces to hyphens, -1 and -2 for repeats), and its " +
        "explicit HTML anchors (id or name attributes). Line anchors such as '#L10-L20' are checked against the file's " +
        "line count. A heading renamed without its links leaves readers at the top of a long page.",
        "Link the heading as it is now (see the suggestion), restore the heading, or add an explicit anchor such as " +
        "'<a id=\"old-name\"></a>' so old links keep working.",
        "Link the heading as it is now (see the *did you mean* suggestion), restore the heading, or add an explicit " +
        "anchor such as `<a id=\"old-name\"></a>` next to it so old links keep working. Silence one link with " +
        "`<!-- maia-sre-disable-line missing-anchor -->`.",
        ["maintainability", "documentation", "links"],
        "high",
        Docs: new()
        {
            Why = """
                A heading renamed without its links sends readers to the top of a long page, and nothing reports it: GitHub renders the link, the target file exists, and reviews rarely follow every link. The anchors are computed the way GitHub computes them, so what passes here works there.
                """,
            Example = new()
            {
                Files =
                [
                    new("README.md", "markdown", """
                        # App

                        See [installing](docs/guide.md#instalation).
                        """),
                    new("docs/guide.md", "markdown", """
                        # Guide

                        ## Installation

                        Run make.
                        """),
                ],
                Output =
                [
                    "README.md(3,18): warning MSRE1006: 'docs/guide.md#instalation': no heading or anchor '#instalation' in 'docs/guide.md'; did you mean '#installation'?",
                ],
                Fix = """
                    Link the heading as it is: `docs/guide.md#installation`. When a heading is renamed on purpose, an explicit anchor beside it (`<a id="old-name"></a>`) keeps old links working. How headings become anchors (GitHub's rules), explicit anchors and line anchors are described in [Heading anchors](../phantoms.md#heading-anchors).
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                On the line, or around a block:

                - Markdown: `<!-- maia-sre-disable-line missing-anchor -->` at the end of the line, `<!-- maia-sre-disable-next-line missing-anchor -->` above it, or `<!-- maia-sre-disable missing-anchor -->` … `<!-- maia-sre-enable -->` around a block.
                - YAML, shell, PowerShell, Makefiles and other files: `# maia-sre: ignore[missing-anchor]` at the end of the line, or `# maia-sre: ignore-next-line[missing-anchor]` above it.

                Rules are named by id or name; a directive without one silences every rule. A whole file, and how suppressed findings are reported: [Suppressing findings](../suppressions.md).

                To accept today's findings and fail only on new ones, record them with `maia-sre baseline write FILE` and run with `--baseline FILE` (see [Baselines](../baselines.md)).
                """,
            Settings =
            [
                new("phantoms.sources", "the files whose links are checked"),
                new("phantoms.exclude", "files never read"),
            ],
        });
}
