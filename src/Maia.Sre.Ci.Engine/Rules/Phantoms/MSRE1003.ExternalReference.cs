using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>MSRE1003: a reference points outside the repository.</summary>
public static class ExternalReferenceRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ExternalReference,
        "external-reference",
        RuleSets.Phantoms,
        Severity.Note,
        "A reference points outside the repository and cannot be checked.",
        "The path is absolute, starts in a home folder, or starts with a variable that is not a configured root alias, " +
        "so its existence depends on the machine. Reported for information only.",
        "If the variable stands for the repository root, add it to 'phantoms.rootAliases'.",
        "If the variable or prefix stands for the repository root, add it to `phantoms.rootAliases` in `.maia-sre.json`.",
        ["portability"],
        "medium",
        Docs: new()
        {
            Why = """
                Absolute paths, home folders and unknown variables depend on the machine that runs them, so they cannot be checked from the repository. They are listed as notes, which never fail a run, so a reviewer can see which instructions work on one machine only. When a variable or prefix does stand for the repository root, declaring it turns these notes into checked references.
                """,
            Example = new()
            {
                Files =
                [
                    new("scripts/release.sh", "bash", """
                        #!/usr/bin/env bash
                        set -euo pipefail
                        bash "$HOME/bin/notify.sh" done
                        """),
                ],
                Output =
                [
                    "scripts/release.sh(3,7): info MSRE1003: '$HOME/bin/notify.sh' starts with the variable $HOME, which is not a configured root alias; not checked",
                ],
                Fix = """
                    Nothing to fix: a note never fails a run. If the script belongs to the project, commit it and call it by its repository path (`bash scripts/notify.sh`), which is then checked. If `$REPO` or `/Users/*/git/app/` stands for the repository root, add it to `phantoms.rootAliases`.
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                On the line, or around a block:

                - Markdown: `<!-- maia-sre-disable-line external-reference -->` at the end of the line, `<!-- maia-sre-disable-next-line external-reference -->` above it, or `<!-- maia-sre-disable external-reference -->` … `<!-- maia-sre-enable -->` around a block.
                - YAML, shell, PowerShell, Makefiles and other files: `# maia-sre: ignore[external-reference]` at the end of the line, or `# maia-sre: ignore-next-line[external-reference]` above it.

                Rules are named by id or name; a directive without one silences every rule. A whole file, and how suppressed findings are reported: [Suppressing findings](../suppressions.md).

                A reference everywhere: `phantoms.ignore` (`$HOME/*`).
                """,
            Settings =
            [
                new("phantoms.rootAliases", "prefixes that stand for the repository root: references under them are checked instead of noted"),
                new("phantoms.ignore", "references never reported"),
            ],
        });
}
