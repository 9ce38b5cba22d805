using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2008: A required path is not executable.</summary>
public static class RequiredPathExecutableRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.RequiredPathExecutable,
        "required-path-executable",
        RuleSets.Preflight,
        Severity.Critical,
        "A required path is not executable.",
        "A path marked 'executable' must have an execute bit, or start with a shebang naming a known interpreter (sh, bash, python3, node, pwsh and similar). Preflight reads the file; it never runs it.",
        "Run 'git update-index --chmod=+x PATH' (and chmod +x), or add a shebang such as '#!/usr/bin/env bash'.",
        "Run `git update-index --chmod=+x PATH` (and chmod +x), or add a shebang such as `#!/usr/bin/env bash`.",
        ["reliability"],
        "very-high",
        Docs: new()
        {
            Why = """
                A script the job runs as `./tools/build.sh` fails with *permission denied* when git lost its execute bit (a commit from Windows, a copy through an archive). Preflight reads the file's mode and first line; it never runs it. Both the lint stage and `maia-sre preflight` make it when the configuration sets `preflight.requiredPaths`.
                """,
            Example = new()
            {
                Files =
                [
                    new("tools/build.sh", "bash", """
                        echo build
                        """),
                ],
                Config = """
                    {
                      "preflight": {
                        "requiredPaths": [{ "path": "tools/build.sh", "executable": true }]
                      }
                    }
                    """,
                Output =
                [
                    "maia-sre: error MSRE2008: required path 'tools/build.sh' is not executable: no execute bit and no shebang naming a known interpreter",
                ],
                Fix = """
                    Record the execute bit in git (`git update-index --chmod=+x tools/build.sh`, and `chmod +x` locally), or start the file with a shebang such as `#!/usr/bin/env bash`, which the check accepts for a script run through its interpreter.
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                Correct or remove the entry in `preflight.requiredPaths`; `preflight.enabled: false` turns every preflight check off. To accept today's findings and fail only on new ones, record them with `maia-sre baseline write FILE` and run with `--baseline FILE` (see [Baselines](../baselines.md)).
                """,
            Settings =
            [
                new("preflight.requiredPaths", "what is required"),
                new("preflight.enabled", "`false` turns every preflight check off"),
            ],
        });
}
