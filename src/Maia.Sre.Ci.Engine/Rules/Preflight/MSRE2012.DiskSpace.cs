using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2012: The volume of the repository root has less free space than 'minFreeDiskGb'.</summary>
public static class DiskSpaceRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.DiskSpace,
        "disk-space",
        RuleSets.Preflight,
        Severity.Critical,
        "The volume of the repository root has less free space than 'minFreeDiskGb'.",
        "A job that runs out of disk fails part-way, often leaving half-written files. The free space of the root's volume must be at least 'preflight.minFreeDiskGb' (default 1 GB).",
        "Free space on the runner, or lower 'preflight.minFreeDiskGb' (0 turns the check off).",
        "Free space on the runner, or lower `preflight.minFreeDiskGb` (0 turns the check off).",
        ["reliability"],
        "very-high",
        Environmental: true,
        Docs: new()
        {
            Why = """
                A job that runs out of disk fails part-way and often leaves half-written files behind. `maia-sre preflight` checks for 1 GB by default; the lint stage only when the key is set. Both the lint stage and `maia-sre preflight` make it when the configuration sets `preflight.minFreeDiskGb`.
                """,
            Example = new()
            {
                Files = [],
                Config = """
                    {
                      "preflight": {
                        "minFreeDiskGb": 500
                      }
                    }
                    """,
                Needs = "a volume with less than 500 GB free",
                Output =
                [
                    "maia-sre: error MSRE2012: only 76.35 GB free on the root's volume; at least 500 GB are required (preflight.minFreeDiskGb)",
                ],
                Fix = """
                    Free space on the runner (caches, old build outputs, Docker images), or lower `preflight.minFreeDiskGb` (`0` turns the check off).
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                Correct or remove the entry in `preflight.minFreeDiskGb`; `preflight.enabled: false` turns every preflight check off. It describes the clone or the machine, not the repository's content, so there is nothing to suppress in a file and a baseline never records or hides it: it is judged afresh on every run.
                """,
            Settings =
            [
                new("preflight.minFreeDiskGb", "what is required"),
                new("preflight.enabled", "`false` turns every preflight check off"),
            ],
        });
}
