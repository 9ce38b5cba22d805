using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Services;

namespace Maia.Sre.Ci.Services.Live;

/// <summary>Turns an unhealthy service into an MSRE3006 finding: failed is critical, degraded and unknown are warnings.</summary>
public static class ServiceHealthFinding
{
    /// <summary>The finding for <paramref name="health"/>, or null when it is healthy or idle.</summary>
    public static Finding? For(ServiceHealth health)
    {
        var severity = health.State switch
        {
            HealthState.Failed => Severity.Critical,
            HealthState.Degraded or HealthState.Unknown => Severity.Warning,
            _ => (Severity?)null,
        };
        if (severity is null)
        {
            return null;
        }

        var service = health.Service;
        var finding = ServiceFindings.Create(
            ServiceUnhealthyRule.Descriptor, severity.Value, service.File, 0, 0,
            $"{service.Label} ({service.Class.ToName()}) is {health.State.ToString().ToLowerInvariant()}: {health.Reason}", service.Label);
        return finding with { Properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["health"] = health.State.ToString().ToLowerInvariant(), ["class"] = service.Class.ToName() } };
    }
}
