using System.Globalization;

namespace Maia.Sre.Ci.Services.Live;

/// <summary>
/// The original monitor's schedule-aware health rules: a continuous service must have a pid; an interval service
/// must have run within 1.5× its interval (degraded up to 3×, failed beyond); a calendar service within its period
/// (at least a day, else degraded); trigger and one-shot services are judged by their last exit code.
/// </summary>
public static class HealthJudge
{
    /// <summary>Judges <paramref name="service"/> from <paramref name="status"/> at <paramref name="now"/>.</summary>
    public static ServiceHealth Judge(ServiceDefinition service, ServiceStatus status, DateTimeOffset now)
    {
        (HealthState, string) verdict = Verdict(service, status, now);
        return new ServiceHealth(service, verdict.Item1, verdict.Item2, status);
    }

    private static (HealthState, string) Verdict(ServiceDefinition service, ServiceStatus s, DateTimeOffset now)
    {
        if (!s.Loaded)
        {
            return (HealthState.Unknown, s.Problem ?? "not loaded");
        }

        var exit = s.LastExitCode is { } code ? $"last exit code {code}" : "no exit recorded";
        if (service.Class == ServiceClass.Continuous)
        {
            return s.Pid is { } pid ? (HealthState.Healthy, $"running (pid {pid})")
                : (HealthState.Failed, $"not running ({exit}{ResultText(s)}); a continuous service must have a pid");
        }

        if (s.LastExitCode is not null and not 0 || s.Result is not null and not "success")
        {
            return (HealthState.Failed, $"{exit}{ResultText(s)}");
        }

        if (s.Pid is { } running)
        {
            return (HealthState.Healthy, $"running now (pid {running})");
        }

        var since = s.LastRun is { } last ? now - last : (TimeSpan?)null;
        var ago = since is { } a ? Durations.Format(a < TimeSpan.Zero ? TimeSpan.Zero : a) + " ago" : "";
        switch (service.Class)
        {
            case ServiceClass.Interval when since is not null && service.Interval is { } every:
                var ratio = (since.Value / every).ToString("0.0", CultureInfo.InvariantCulture);
                return since <= every * 1.5 ? (HealthState.Healthy, $"last ran {ago} (every {Durations.Format(every)})")
                    : since <= every * 3 ? (HealthState.Degraded, $"last ran {ago}: {ratio}× its {Durations.Format(every)} interval (over 1.5×)")
                    : (HealthState.Failed, $"last ran {ago}: {ratio}× its {Durations.Format(every)} interval (over 3×); runs are being missed");
            case ServiceClass.Calendar when since is not null:
                var limit = service.CalendarPeriod is { } p && p > TimeSpan.FromDays(1) ? p : TimeSpan.FromDays(1);
                return since <= limit ? (HealthState.Healthy, $"last ran {ago} (expected at least every {Durations.Format(limit)})")
                    : (HealthState.Degraded, $"last ran {ago}; expected at least every {Durations.Format(limit)}");
            case ServiceClass.Interval or ServiceClass.Calendar:
                return (HealthState.Idle, "loaded; no run recorded yet");
            default:
                return s.LastExitCode == 0 || s.LastRun is not null
                    ? (HealthState.Healthy, s.LastExitCode == 0 ? "last exit code 0" : $"last ran {ago}")
                    : (HealthState.Idle, service.Class == ServiceClass.Trigger ? "loaded; waiting for its trigger" : "loaded; has not run");
        }
    }

    private static string ResultText(ServiceStatus s) => s.Result is null or "success" or "exit-code" ? "" : $", result {s.Result}";
}
