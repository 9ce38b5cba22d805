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
        Environmental: true);
}
