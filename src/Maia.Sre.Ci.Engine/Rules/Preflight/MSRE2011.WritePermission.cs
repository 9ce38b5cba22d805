using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2011: A file or folder the job writes is not writable (missing: warning).</summary>
public static class WritePermissionRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.WritePermission,
        "write-permission",
        RuleSets.Preflight,
        Severity.Critical,
        "A file or folder the job writes is not writable (missing: warning).",
        "Checked with the operating system's access test, never by writing: read-only mounts, immutable files and permission bits all count. A path that does not exist is a warning, as in the original checker.",
        "Fix the permissions or mount, create the path, or remove it from 'preflight.writablePaths'.",
        "Fix the permissions or mount, create the path, or remove it from `preflight.writablePaths`.",
        ["reliability"],
        "very-high",
        Environmental: true,
        Docs: new()
        {
            Why = """
                A job that cannot write its output (a read-only mount, an immutable file, wrong permissions) fails after doing its work. The check asks the operating system (`access(2)`), never tries a write; a path that is not writable is critical, a path that does not exist is a warning, as in the original checker. Both the lint stage and `maia-sre preflight` make it when the configuration sets `preflight.writablePaths`.
                """,
            Example = new()
            {
                Files = [],
                Config = """
                    {
                      "preflight": {
                        "writablePaths": ["logs"]
                      }
                    }
                    """,
                Output =
                [
                    "maia-sre: warning MSRE2011: 'logs' does not exist, so its write permission cannot be checked",
                ],
                Fix = """
                    Create the folder (commit a `.gitkeep` in it, or create it in an earlier step), fix its permissions or mount, or remove it from `preflight.writablePaths`.
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                Correct or remove the entry in `preflight.writablePaths`; `preflight.enabled: false` turns every preflight check off. It describes the clone or the machine, not the repository's content, so there is nothing to suppress in a file and a baseline never records or hides it: it is judged afresh on every run.
                """,
            Settings =
            [
                new("preflight.writablePaths", "what is required"),
                new("preflight.enabled", "`false` turns every preflight check off"),
            ],
        });
}
