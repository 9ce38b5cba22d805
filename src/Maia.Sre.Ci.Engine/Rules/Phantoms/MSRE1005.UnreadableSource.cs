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
        "very-high");
}
