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
        "very-high");
}
