using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>MSRE1002: a reference climbs out of the repository with <c>..</c>.</summary>
public static class ReferenceEscapesRootRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ReferenceEscapesRoot,
        "reference-escapes-root",
        RuleSets.Phantoms,
        Severity.Warning,
        "A reference climbs out of the repository root.",
        "The path uses '..' to leave the repository, so it depends on what happens to be checked out beside it. " +
        "Such paths are never read; they work on one machine and fail in CI.",
        "Reference a file inside the repository, or make the external dependency explicit (a submodule, a package).",
        "Reference a file inside the repository, or make the external dependency explicit (a submodule, a package).",
        ["reliability", "portability"],
        "high");
}
