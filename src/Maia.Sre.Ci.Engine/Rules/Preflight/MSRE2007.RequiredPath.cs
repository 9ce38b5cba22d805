using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2007: A path the job requires does not exist in the repository.</summary>
public static class RequiredPathRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.RequiredPath,
        "required-path",
        RuleSets.Preflight,
        Severity.Critical,
        "A path the job requires does not exist in the repository.",
        "'preflight.requiredPaths' lists the files and folders the job needs; a missing one would fail the job part-way through.",
        "Restore the file, fix the path in 'preflight.requiredPaths', or remove the entry.",
        "Restore the file, fix the path in `preflight.requiredPaths`, or remove the entry.",
        ["reliability", "phantom-dependency"],
        "very-high",
        Docs: new()
        {
            Why = """
                A job that needs a file which is not there fails part-way through, after it has already changed things. Listing what the job needs in the configuration makes the lint stage fail first, with the path named. Both the lint stage and `maia-sre preflight` make it when the configuration sets `preflight.requiredPaths`.
                """,
            Example = new()
            {
                Files = [],
                Config = """
                    {
                      "preflight": {
                        "requiredPaths": ["tools/release.sh"]
                      }
                    }
                    """,
                Output =
                [
                    "maia-sre: error MSRE2007: required path 'tools/release.sh' does not exist",
                ],
                Fix = "Restore `tools/release.sh`, or correct the path in `preflight.requiredPaths` if it moved.",
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
