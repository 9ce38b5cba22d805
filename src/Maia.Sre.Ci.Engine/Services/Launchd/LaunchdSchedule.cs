using System.Globalization;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Services;
using Maia.Sre.Ci.Services.Plist;
using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Services.Launchd;

/// <summary>A launchd job's schedule: its class, interval or calendar period, and the schedule in words.</summary>
/// <param name="Class">How it runs.</param>
/// <param name="Text">The schedule in words.</param>
/// <param name="Interval">StartInterval, when valid.</param>
/// <param name="CalendarPeriod">How often StartCalendarInterval fires, when valid.</param>
public sealed record LaunchdSchedule(ServiceClass Class, string Text, TimeSpan? Interval, TimeSpan? CalendarPeriod)
{
    private static readonly string[] TriggerKeys = ["WatchPaths", "QueueDirectories"];

    private static readonly (string Key, int Min, int Max, TimeSpan Period)[] CalendarKeys =
    [
        ("Minute", 0, 59, TimeSpan.FromHours(1)), ("Hour", 0, 23, TimeSpan.FromDays(1)), ("Day", 1, 31, TimeSpan.FromDays(31)),
        ("Weekday", 0, 7, TimeSpan.FromDays(7)), ("Month", 1, 12, TimeSpan.FromDays(365)),
    ];

    /// <summary>Reads the schedule keys of <paramref name="job"/>, adding problems to <paramref name="findings"/>.</summary>
    public static LaunchdSchedule Read(string file, PlistDict job, List<Finding> findings)
    {
        var keepAlive = job.Get("KeepAlive") is PlistBool { Value: true } or PlistDict { Entries.Count: > 0 };
        TimeSpan? interval = null;
        if (job.Get("StartInterval") is { } si)
        {
            if (si is not PlistInteger seconds)
            {
                findings.Add(Problem(file, si, Severity.Error, "StartInterval must be a whole number of seconds; launchd ignores it, so the job never fires on schedule"));
            }
            else if (seconds.Value <= 0)
            {
                findings.Add(Problem(file, si, Severity.Error, $"StartInterval is {seconds.Value}: the job can never fire (it must be above 0)"));
            }
            else
            {
                interval = TimeSpan.FromSeconds(seconds.Value);
            }
        }

        var period = job.Get("StartCalendarInterval") is { } sci ? Calendar(file, sci, findings) : null;
        if (keepAlive && (interval is not null || period is not null))
        {
            var key = interval is not null ? "StartInterval" : "StartCalendarInterval";
            findings.Add(Problem(file, job.Get(key)!, Severity.Warning, $"KeepAlive together with {key} contradicts itself: launchd keeps the job running, so the schedule never matters"));
        }

        var watched = TriggerKeys.Sum(k => (job.Get(k) as PlistArray)?.Items.Count ?? 0)
            + (job.Get("StartOnMount") is PlistBool { Value: true } ? 1 : 0);
        return keepAlive ? new(ServiceClass.Continuous, "kept alive", null, null)
            : interval is { } every ? new(ServiceClass.Interval, "every " + Durations.Format(every), every, null)
            : period is { } p ? new(ServiceClass.Calendar, "calendar, every " + Durations.Format(p), null, p)
            : watched > 0 ? new(ServiceClass.Trigger, $"on change ({watched} watched path{(watched == 1 ? "" : "s")})", null, null)
            : new(ServiceClass.OneShot, job.Get("RunAtLoad") is PlistBool { Value: true } ? "once, at load" : "on demand", null, null);
    }

    /// <summary>Validates StartCalendarInterval; returns how often it fires (the shortest entry), or null when it never can.</summary>
    private static TimeSpan? Calendar(string file, PlistNode node, List<Finding> findings)
    {
        var entries = node is PlistArray array ? array.Items : [node];
        if (entries.Count == 0)
        {
            findings.Add(Problem(file, node, Severity.Error, "StartCalendarInterval is an empty array: the job can never fire"));
            return null;
        }

        TimeSpan? shortest = null;
        foreach (var entry in entries)
        {
            if (entry is not PlistDict dict)
            {
                findings.Add(Problem(file, entry, Severity.Error, "a StartCalendarInterval entry must be a <dict> of Minute, Hour, Day, Weekday, Month"));
                continue;
            }

            var valid = true;
            var period = TimeSpan.FromMinutes(1);
            foreach (var (key, value) in dict.Entries)
            {
                var spec = CalendarKeys.FirstOrDefault(k => k.Key == key);
                if (spec.Key is null)
                {
                    var guess = EditDistance.Closest(key, CalendarKeys.Select(k => k.Key));
                    findings.Add(Problem(file, value, Severity.Error, $"unknown StartCalendarInterval key '{key}'" + (guess is null ? "; known keys: Minute, Hour, Day, Weekday, Month" : $"; did you mean '{guess}'?") + " (launchd rejects the schedule)"));
                    valid = false;
                }
                else if (value is not PlistInteger n || n.Value < spec.Min || n.Value > spec.Max)
                {
                    var shown = value is PlistInteger i ? i.Value.ToString(CultureInfo.InvariantCulture) : "not a whole number";
                    findings.Add(Problem(file, value, Severity.Error, $"StartCalendarInterval {key} is {shown}; it must be {spec.Min}-{spec.Max}, so the job never fires"));
                    valid = false;
                }
                else
                {
                    period = spec.Period > period ? spec.Period : period;
                }
            }

            if (valid)
            {
                shortest = shortest is null || period < shortest ? period : shortest;
            }
        }

        return shortest;
    }

    private static Finding Problem(string file, PlistNode node, Severity severity, string message) =>
        ServiceFindings.Create(ServiceScheduleInvalidRule.Descriptor, severity, file, node.Line, node.Column, message);
}
