using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2009: A required command is not on PATH.</summary>
public static class RequiredCommandRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.RequiredCommand,
        "required-command",
        RuleSets.Preflight,
        Severity.Critical,
        "A required command is not on PATH.",
        "'preflight.requiredCommands' lists the tools the job runs; a missing one would fail the job part-way through.",
        "Install the command in the job (or the runner image), or fix its name in 'preflight.requiredCommands'.",
        "Install the command in the job (or the runner image), or fix its name in `preflight.requiredCommands`.",
        ["reliability"],
        "very-high",
        Environmental: true,
        Docs: new()
        {
            Why = """
                A job that calls a tool the runner does not have fails part-way through; naming the job's tools in the configuration makes the missing one the first thing reported. Both the lint stage and `maia-sre preflight` make it when the configuration sets `preflight.requiredCommands`.
                """,
            Example = new()
            {
                Files = [],
                Config = """
                    {
                      "preflight": {
                        "requiredCommands": ["terraform"]
                      }
                    }
                    """,
                Needs = "a machine without `terraform` on `PATH`",
                Output =
                [
                    "maia-sre: error MSRE2009: required command 'terraform' is not on PATH",
                ],
                Fix = """
                    Install the command in the job or the runner image (or fix its name). Commands are looked up on `PATH` the way a shell does; nothing is run.
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
