using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2010: A required command is older than its minimum version, or its version cannot be read.</summary>
public static class CommandVersionRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.CommandVersion,
        "command-version",
        RuleSets.Preflight,
        Severity.Critical,
        "A required command is older than its minimum version, or its version cannot be read.",
        "The command is run with its version arguments ('--version' by default) under a timeout; a version below 'minVersion', output without a version, a hang or a command inside the repository (never run) fails the check.",
        "Install a newer version, correct 'minVersion' or 'versionArgs', or remove the minimum.",
        "Install a newer version, correct `minVersion` or `versionArgs`, or remove the minimum.",
        ["reliability"],
        "very-high",
        Environmental: true,
        Docs: new()
        {
            Why = """
                A tool that is present but too old fails in ways that look like bugs in the job (an unknown flag, a changed output). Stating the minimum version makes the mismatch explicit. Both the lint stage and `maia-sre preflight` make it when the configuration sets `preflight.requiredCommands`.
                """,
            Example = new()
            {
                Files = [],
                Config = """
                    {
                      "preflight": {
                        "requiredCommands": [{ "name": "terraform", "minVersion": "1.6" }]
                      }
                    }
                    """,
                Needs = "a machine whose `terraform --version` prints `Terraform v1.5.7`",
                Output =
                [
                    "maia-sre: error MSRE2010: 'terraform' is version 1.5.7, older than the required 1.6",
                ],
                Fix = """
                    Install a newer version, or correct `minVersion` (or `versionArgs`, when the command prints its version for another argument). The command on `PATH` is run with its version arguments under a timeout; a command inside the repository is never run.
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                Correct or remove the entry in `preflight.requiredCommands`; `preflight.enabled: false` turns every preflight check off. It describes the clone or the machine, not the repository's content, so there is nothing to suppress in a file and a baseline never records or hides it: it is judged afresh on every run.
                """,
            Settings =
            [
                new("preflight.requiredCommands", "what is required"),
                new("preflight.commandTimeoutSeconds", "how long a version probe may take"),
                new("preflight.enabled", "`false` turns every preflight check off"),
            ],
        });
}
