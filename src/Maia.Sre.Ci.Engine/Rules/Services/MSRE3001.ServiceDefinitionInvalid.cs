using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Services;

/// <summary>MSRE3001: a service definition (launchd property list or systemd unit) cannot be read.</summary>
public static class ServiceDefinitionInvalidRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ServiceDefinitionInvalid,
        "service-definition-invalid",
        RuleSets.Services,
        Severity.Error,
        "A service definition (launchd property list or systemd unit) cannot be read.",
        "The property list or unit file is not well-formed (or has no Label), so launchd or systemd refuses to load it " +
        "and the service never runs. The message gives the line and column where reading stopped.",
        "Fix the syntax at the reported position (plutil -lint or systemd-analyze verify show the same problem).",
        "Fix the syntax at the reported position; `plutil -lint file.plist` or `systemd-analyze verify unit.service` " +
        "show the same problem.",
        ["reliability", "service"],
        "very-high");
}
