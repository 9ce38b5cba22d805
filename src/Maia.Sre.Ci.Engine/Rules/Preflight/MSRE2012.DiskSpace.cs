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
        Environmental: true);
}
