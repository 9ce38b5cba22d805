using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Services;

/// <summary>MSRE3003: a service's working directory or log folder does not exist in the repository.</summary>
public static class ServicePathMissingRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ServicePathMissing,
        "service-path-missing",
        RuleSets.Services,
        Severity.Warning,
        "A service's working directory or log folder does not exist in the repository.",
        "WorkingDirectory, StandardOutPath or StandardErrorPath (systemd: WorkingDirectory=, StandardOutput=file:) " +
        "lies under a root alias but the folder is not in the repository. launchd does not create log folders, so " +
        "the service fails to start or its logs are lost.",
        "Create the folder (commit a .gitkeep in it) or fix the path.",
        "Create the folder (commit a `.gitkeep` in it) or fix the path.",
        ["reliability", "service"],
        "high");
}
