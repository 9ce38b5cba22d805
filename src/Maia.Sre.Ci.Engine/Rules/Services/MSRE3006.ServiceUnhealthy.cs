using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Services;

/// <summary>MSRE3006: a service is failed, degraded or unknown on this host (services --live).</summary>
public static class ServiceUnhealthyRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ServiceUnhealthy,
        "service-unhealthy",
        RuleSets.Services,
        Severity.Critical,
        "A service is failed, degraded or unknown on this host (services --live).",
        "Live health judged by schedule: a continuous service must have a pid; an interval service must have run " +
        "within 1.5 times its interval (degraded up to 3 times, failed beyond); a calendar service within its " +
        "period (at least a day); trigger and one-shot services by their last exit code. Failed is critical, " +
        "degraded and unknown are warnings.",
        "Read the service's logs, fix the cause, and restart it (launchctl kickstart -k, systemctl restart).",
        "Read the service's logs, fix the cause, and restart it (`launchctl kickstart -k gui/$UID/<label>`, " +
        "`systemctl --user restart <unit>`).",
        ["reliability", "service", "slo"],
        "medium",
        Environmental: true);
}
