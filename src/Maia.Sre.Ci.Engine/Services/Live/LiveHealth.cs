using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Services.Live;

/// <summary>Probes every service defined in the repository on this host and judges its health.</summary>
public static class LiveHealth
{
    /// <summary>
    /// Probes <paramref name="services"/>: launchd jobs with <c>launchctl</c>, systemd units with <c>systemctl</c>.
    /// Throws <see cref="ServiceManagerUnavailableException"/> when no needed manager exists on this host.
    /// </summary>
    public static IReadOnlyList<ServiceHealth> Probe(
        IReadOnlyList<ServiceDefinition> services, ServicesConfig config, IProcessRunner runner, string root, LiveOptions options, CancellationToken cancellation)
    {
        var timeout = TimeSpan.FromSeconds(config.TimeoutSeconds);
        var launchctl = new LaunchctlProbe(runner, root, timeout, options);
        var systemctl = new SystemctlProbe(runner, root, timeout, config.SystemdScope == "user");
        var now = options.Clock.GetUtcNow();
        var rows = new List<ServiceHealth>();
        foreach (var service in services.OrderBy(s => s.Label, StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            var status = service.Manager == ServiceManager.Launchd
                ? launchctl.Available ? launchctl.Probe(service) : new ServiceStatus { Problem = "launchctl is not available on this host" }
                : systemctl.Available ? systemctl.Probe(service) : new ServiceStatus { Problem = "systemd is not available on this host" };
            rows.Add(HealthJudge.Judge(service, status, now));
        }

        var needsLaunchd = services.Any(s => s.Manager == ServiceManager.Launchd);
        var needsSystemd = services.Any(s => s.Manager == ServiceManager.Systemd);
        if ((!needsLaunchd || !launchctl.Available) && (!needsSystemd || !systemctl.Available) && services.Count > 0)
        {
            var wanted = needsLaunchd && needsSystemd ? "launchd (launchctl) or systemd (systemctl)" : needsLaunchd ? "launchd (launchctl, macOS)" : "systemd (systemctl, Linux)";
            throw new ServiceManagerUnavailableException(
                $"live service health needs {wanted}, which this host does not have; run 'maia-sre services' without --live for the static checks");
        }

        return rows;
    }
}
