using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>MSRE1004: a missing file is mentioned as removed, renamed or planned.</summary>
public static class RetiredReferenceRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.RetiredReference,
        "retired-reference",
        RuleSets.Phantoms,
        Severity.Note,
        "A missing file is mentioned as removed, renamed or not yet written.",
        "The line itself says the file is gone (deleted, removed, deprecated, renamed, moved, no longer) or planned " +
        "(not yet implemented, planned, future), so the missing file is expected. Reported as a note so stale notes " +
        "can still be found.",
        "Nothing to do unless the note itself is stale; delete it once the history no longer matters.",
        "Nothing to do unless the note itself is stale; delete it once the history no longer matters.",
        ["documentation"],
        "medium",
        Docs: new()
        {
            Why = """
                Changelogs, migration notes and plans name files that are gone or not written yet on purpose; failing on them would teach people to ignore the tool. They stay visible as notes, so a stale note can still be found and removed.
                """,
            Example = new()
            {
                Files =
                [
                    new("README.md", "markdown", """
                        # Tools

                        - `tools/backup.sh` was removed; backups run in the platform now.
                        """),
                ],
                Output =
                [
                    "README.md(3,4): info MSRE1004: 'tools/backup.sh' does not exist; the text says 'removed', so it is treated as retired or planned",
                ],
                Fix = """
                    Nothing to fix while the note is useful; delete the line once the history no longer matters. Without the word *removed* the same mention would be a phantom (MSRE1001).
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                On the line, or around a block:

                - Markdown: `<!-- maia-sre-disable-line retired-reference -->` at the end of the line, `<!-- maia-sre-disable-next-line retired-reference -->` above it, or `<!-- maia-sre-disable retired-reference -->` … `<!-- maia-sre-enable -->` around a block.
                - YAML, shell, PowerShell, Makefiles and other files: `# maia-sre: ignore[retired-reference]` at the end of the line, or `# maia-sre: ignore-next-line[retired-reference]` above it.

                Rules are named by id or name; a directive without one silences every rule. A whole file, and how suppressed findings are reported: [Suppressing findings](../suppressions.md).

                A reference everywhere: `phantoms.ignore`.
                """,
            Settings =
            [
                new("phantoms.ignore", "references never reported"),
            ],
        });
}
