using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules;

/// <summary>MSRE0001: the configuration file is invalid. Reported before anything runs, with exit code 2.</summary>
public static class ConfigurationErrorRule
{
    /// <summary>The rule set name shown for it: it belongs to no rule set, it is about the configuration.</summary>
    public const string Set = "config";

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ConfigurationError,
        "configuration-error",
        Set,
        Severity.Error,
        "The configuration file is invalid.",
        "'.maia-sre.json' (or the file given with --config) has a syntax error, an unknown key, a value of the wrong type or a bad glob. Nothing runs: every error of the file is reported with its line and column, and the exit code is 2.",
        "Fix the file at the line and column given; 'maia-sre init' writes a commented starter and schema/maia-sre.schema.json describes every key.",
        "Fix the file at the line and column given; `maia-sre init` writes a commented starter and `schema/maia-sre.schema.json` describes every key.",
        ["configuration"],
        "very-high",
        Docs: new()
        {
            Why = """
                A configuration that is silently wrong is worse than none: a misspelt `exclude` would scan the folders you meant to skip, and a bad glob would quietly match nothing. So nothing runs until the file is right, and every error of the file is reported in one run, each at its line and column, the way a compiler reports them.
                """,
            Example = new()
            {
                Files =
                [
                    new(".maia-sre.json", "json", """
                        {
                          "phantoms": {
                            "exlude": ["vendor/**"]
                          }
                        }
                        """),
                ],
                Output =
                [
                    ".maia-sre.json(3,5): error MSRE0001: unknown key 'exlude' in 'phantoms'; did you mean 'exclude'?",
                ],
                Fix = """
                    The run stops with exit code 2 before anything is checked. Rename the key to `exclude` and run again. An editor that reads JSON schemas flags such keys as you type: point `"$schema"` at this project's `schema/maia-sre.schema.json`.
                    """,
            },
            FixSafety = """
                No automatic fix: which key was meant is the author's call; the message suggests the nearest known key.
                """,
            Suppress = """
                It cannot be suppressed: nothing runs until the configuration is valid. `--config FILE` reads another file, and a run without `.maia-sre.json` uses the defaults.
                """,
        });
}
