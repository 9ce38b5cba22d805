using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>MSRE1007: a symbolic link points outside the repository and was not followed.</summary>
public static class LinkOutsideRootRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.LinkOutsideRoot,
        "link-outside-root",
        RuleSets.Phantoms,
        Severity.Warning,
        "A symbolic link points outside the repository root; it was not followed.",
        "Links out of the repository make its content depend on the machine and could expose files outside it, so they " +
        "are never followed.",
        "Replace the link with the file, or exclude it.",
        "Replace the link with the file, or exclude it with `phantoms.exclude`.",
        ["security", "portability"],
        "very-high");
}
