using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>MSRE1005: a source could not be read as text.</summary>
public static class UnreadableSourceRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.UnreadableSource,
        "unreadable-source",
        RuleSets.Phantoms,
        Severity.Warning,
        "A source file or folder could not be read or parsed, or was skipped as binary or too large.",
        "The file matched the sources globs but could not be checked: it is unreadable, binary, larger than the " +
        "size limit, or a CI file that is not valid YAML (the finding gives the line and column where the parser " +
        "stopped). The rest of the repository is still checked.",
        "Fix the file's permissions or its YAML syntax, or exclude it with 'phantoms.exclude'.",
        "Fix the file's permissions or its YAML syntax, or exclude it with `phantoms.exclude` in `.maia-sre.json`.",
        ["reliability"],
        "very-high",
        Docs: new()
        {
            Why = """
                A file that could not be read is a file whose references nobody checked: without this finding a broken workflow would pass silently. GitHub rejects a workflow that is not valid YAML, so the same error usually breaks CI as well.
                """,
            Example = new()
            {
                Files =
                [
                    new(".github/workflows/ci.yml", "yaml", """
                        name: ci
                        on: push
                        jobs:
                          test:
                            runs-on: ubuntu-24.04
                            steps:
                              - run: make test
                             - run: make lint
                        """),
                ],
                Output =
                [
                    ".github/workflows/ci.yml(8,6): warning MSRE1005: not valid YAML, so its commands were not checked: while parsing a block mapping, did not find expected key",
                ],
                Fix = """
                    Indent the second step like the first (`      - run: make lint`); the file is then read and its commands checked. Files skipped as binary or over the size limit (16 MiB) are reported the same way, with the reason.
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                A file that should not be read (a deliberately broken test fixture, a vendored file): `phantoms.exclude`. To accept today's findings and fail only on new ones, record them with `maia-sre baseline write FILE` and run with `--baseline FILE` (see [Baselines](../baselines.md)).
                """,
            Settings =
            [
                new("phantoms.sources", "the files read"),
                new("phantoms.exclude", "files never read"),
            ],
        });
}
