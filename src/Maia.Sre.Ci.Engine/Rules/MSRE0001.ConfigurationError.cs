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
        "very-high");
}
