using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>MSRE1002: a reference climbs out of the repository with <c>..</c>.</summary>
public static class ReferenceEscapesRootRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ReferenceEscapesRoot,
        "reference-escapes-root",
        RuleSets.Phantoms,
        Severity.Warning,
        "A reference climbs out of the repository root.",
        "The path uses '..' to leave the repository, so it depends on what happens to be checked out beside it. " +
        "Such paths are never read; they work on one machine and fail in CI.",
        "Reference a file inside the repository, or make the external dependency explicit (a submodule, a package).",
        "Reference a file inside the repository, or make the external dependency explicit (a submodule, a package).",
        ["reliability", "portability"],
        "high",
        Docs: new()
        {
            Why = """
                A path that leaves the repository works only where the neighbouring checkout happens to be: on the author's machine, not on a fresh clone, a CI runner or an agent's sandbox. maia-sre never reads outside the root, so it cannot tell whether the file is there, and says so instead of guessing.
                """,
            Example = new()
            {
                Files =
                [
                    new("README.md", "markdown", """
                        # App

                        Deploy with `../infra/deploy.sh`.
                        """),
                ],
                Output =
                [
                    "README.md(3,14): warning MSRE1002: '../infra/deploy.sh' climbs out of the repository root; references must stay inside the repository (not read)",
                ],
                Fix = """
                    Bring the script into the repository (a submodule is inside the root too), or say where it lives without a relative path ("`deploy.sh` in the infra repository"). When the sibling checkout is a documented requirement, suppress the line.
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                On the line, or around a block:

                - Markdown: `<!-- maia-sre-disable-line reference-escapes-root -->` at the end of the line, `<!-- maia-sre-disable-next-line reference-escapes-root -->` above it, or `<!-- maia-sre-disable reference-escapes-root -->` … `<!-- maia-sre-enable -->` around a block.
                - YAML, shell, PowerShell, Makefiles and other files: `# maia-sre: ignore[reference-escapes-root]` at the end of the line, or `# maia-sre: ignore-next-line[reference-escapes-root]` above it.

                Rules are named by id or name; a directive without one silences every rule. A whole file, and how suppressed findings are reported: [Suppressing findings](../suppressions.md).

                A reference everywhere: `phantoms.ignore` (`../infra/*`). To accept today's findings and fail only on new ones, record them with `maia-sre baseline write FILE` and run with `--baseline FILE` (see [Baselines](../baselines.md)).
                """,
            Settings =
            [
                new("phantoms.ignore", "references never reported"),
                new("phantoms.exclude", "files never read"),
            ],
        });
}
