using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2010: A required command is older than its minimum version, or its version cannot be read.</summary>
public static class CommandVersionRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.CommandVersion,
        "command-version",
        RuleSets.Preflight,
        Severity.Critical,
        "A required command is older than its minimum version, or its version cannot be read.",
        "The command is run with its version arguments ('--version' by default) under a timeout; a version below 'minVersion', output without a version, a hang or a command inside the repository (never run) fails the check.",
        "Install a newer version, correct 'minVersion' or 'versionArgs', or remove the minimum.",
        "Install a newer version, correct `minVersion` or `versionArgs`, or remove the minimum.",
        ["reliability"],
        "very-high",
        Environmental: true);
}
