using System.Globalization;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Services.Live;

/// <summary>Reads a systemd unit's state with <c>systemctl [--user] show UNIT --property=…</c>.</summary>
public sealed class SystemctlProbe(IProcessRunner runner, string workingDirectory, TimeSpan timeout, bool user)
{
    /// <summary>The properties read from a service unit.</summary>
    public const string ServiceProperties = "LoadState,ActiveState,SubState,Result,ExecMainStatus,ExecMainPID,ExecMainStartTimestamp,ExecMainExitTimestamp";

    /// <summary>False once <c>systemctl</c> could not be started or reached no systemd: this host has none.</summary>
    public bool Available { get; private set; } = true;

    /// <summary>The unit's status (and its timer's last trigger).</summary>
    public ServiceStatus Probe(ServiceDefinition service)
    {
        var (unit, problem) = Show(service.Label, ServiceProperties);
        if (unit is null)
        {
            return new ServiceStatus { Problem = problem };
        }

        if (unit.GetValueOrDefault("LoadState") != "loaded")
        {
            return new ServiceStatus { Problem = $"not loaded (LoadState={unit.GetValueOrDefault("LoadState", "?")})" };
        }

        DateTimeOffset? lastRun = null;
        if (service.TimerUnit is { } timerName && Show(timerName, "LastTriggerUSec").Fields is { } timer)
        {
            lastRun = Timestamp(timer.GetValueOrDefault("LastTriggerUSec"));
        }

        var exited = Timestamp(unit.GetValueOrDefault("ExecMainExitTimestamp"));
        var active = unit.GetValueOrDefault("ActiveState", "");
        var pid = int.TryParse(unit.GetValueOrDefault("ExecMainPID"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 && active == "active" ? p : (int?)null;
        return new ServiceStatus
        {
            Loaded = true,
            State = $"{active}/{unit.GetValueOrDefault("SubState", "")}",
            Pid = pid,
            LastExitCode = exited is not null && int.TryParse(unit.GetValueOrDefault("ExecMainStatus"), CultureInfo.InvariantCulture, out var code) ? code : null,
            Result = active == "failed" && unit.GetValueOrDefault("Result") is "success" or null ? "failed" : unit.GetValueOrDefault("Result"),
            LastRun = lastRun ?? exited ?? Timestamp(unit.GetValueOrDefault("ExecMainStartTimestamp")),
        };
    }

    private (Dictionary<string, string>? Fields, string? Problem) Show(string unit, string properties)
    {
        string[] args = user ? ["--user", "show", unit, "--property=" + properties] : ["show", unit, "--property=" + properties];
        var result = runner.Run("systemctl", args, workingDirectory, timeout);
        var error = result.StandardError.Trim();
        if (!result.Started || error.Contains("Failed to connect to bus", StringComparison.Ordinal) || error.Contains("not been booted with systemd", StringComparison.Ordinal))
        {
            Available = false;
            return (null, "systemd is not available on this host" + (error.Length > 0 ? $" ({error.Split('\n')[0]})" : ""));
        }

        if (!result.Succeeded)
        {
            return (null, $"systemctl failed: {(result.TimedOut ? error : error.Split('\n')[0])}");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in result.StandardOutput.Split('\n'))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                fields.TryAdd(line[..eq], line[(eq + 1)..].Trim());
            }
        }

        return (fields, null);
    }

    /// <summary>systemd's timestamp (<c>Tue 2025-11-25 10:00:00 UTC</c> in the host's zone, or <c>@seconds</c>); null for none.</summary>
    public static DateTimeOffset? Timestamp(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text == "n/a" || text == "0")
        {
            return null;
        }

        if (text.StartsWith('@') && long.TryParse(text[1..], CultureInfo.InvariantCulture, out var unix))
        {
            return DateTimeOffset.FromUnixTimeSeconds(unix);
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3 || !DateTime.TryParseExact(parts[1] + " " + parts[2], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        // systemctl prints in the host's time zone; only UTC/GMT are named unambiguously.
        var utc = parts.Length > 3 && parts[3] is "UTC" or "GMT";
        return utc ? new DateTimeOffset(local, TimeSpan.Zero) : new DateTimeOffset(local, TimeZoneInfo.Local.GetUtcOffset(local));
    }
}
