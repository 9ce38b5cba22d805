using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Services;

namespace Maia.Sre.Ci.Services.Systemd;

/// <summary>What a <c>.timer</c> or <c>.path</c> unit makes of its service's schedule.</summary>
/// <param name="Class">How the service runs.</param>
/// <param name="Text">The schedule in words.</param>
/// <param name="Interval">For interval timers.</param>
/// <param name="Period">For calendar timers.</param>
/// <param name="Unit">The timer or path unit's name.</param>
public sealed record TimerSchedule(ServiceClass Class, string Text, TimeSpan? Interval, TimeSpan? Period, string Unit = "")
{
    private static readonly string[] IntervalKeys = ["OnUnitActiveSec", "OnUnitInactiveSec"];
    private static readonly string[] OnceKeys = ["OnBootSec", "OnStartupSec", "OnActiveSec"];

    /// <summary>The schedule a path unit gives its service.</summary>
    public static TimerSchedule Trigger(UnitFile unit) =>
        new(ServiceClass.Trigger, $"on change ({unit.Entries.Count(e => e.Section == "Path" && (e.Key.StartsWith("Path", StringComparison.Ordinal) || e.Key == "DirectoryNotEmpty"))} watched path(s))", null, null);

    /// <summary>Reads a timer's <c>OnCalendar=</c> and <c>On*Sec=</c> entries, adding problems to <paramref name="findings"/>.</summary>
    public static TimerSchedule Read(string file, UnitFile unit, List<Finding> findings)
    {
        TimeSpan? period = null, interval = null;
        foreach (var entry in unit.All("Timer", "OnCalendar"))
        {
            var (problem, p) = SystemdTime.CheckCalendar(entry.Value);
            if (problem is not null)
            {
                findings.Add(Problem(file, entry, problem));
            }
            else
            {
                period = period is null || p < period ? p : period;
            }
        }

        var once = false;
        foreach (var key in IntervalKeys.Concat(OnceKeys))
        {
            foreach (var entry in unit.All("Timer", key))
            {
                var span = SystemdTime.ParseSpan(entry.Value);
                if (span is null || span <= TimeSpan.Zero)
                {
                    findings.Add(Problem(file, entry, $"{key}={entry.Value} is not a positive time span (such as 15min or 1h 30min), so the timer never fires"));
                }
                else if (Array.IndexOf(IntervalKeys, key) >= 0)
                {
                    interval = interval is null || span < interval ? span : interval;
                }
                else
                {
                    once = true;
                }
            }
        }

        if (period is null && interval is null && !once && findings.Count == 0)
        {
            findings.Add(ServiceFindings.Create(ServiceScheduleInvalidRule.Descriptor, Severity.Error, file, 1, 1,
                "timer has no OnCalendar= or On*Sec= entry: it never fires"));
        }

        return interval is { } every ? new(ServiceClass.Interval, "every " + Durations.Format(every), every, null)
            : period is { } p2 ? new(ServiceClass.Calendar, "calendar, every " + Durations.Format(p2), null, p2)
            : once ? new(ServiceClass.OneShot, "once, after boot or start", null, null)
            : new(ServiceClass.OneShot, "never: the timer's schedule is invalid", null, null);
    }

    private static Finding Problem(string file, UnitEntry entry, string message) =>
        ServiceFindings.Create(ServiceScheduleInvalidRule.Descriptor, Severity.Error, file, entry.Line, entry.Column, message);
}
