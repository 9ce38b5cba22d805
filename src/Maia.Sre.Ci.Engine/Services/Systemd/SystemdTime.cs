using System.Globalization;
using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Services.Systemd;

/// <summary>systemd time spans (<c>90</c>, <c>15min</c>, <c>1h 30min</c>) and a simple <c>OnCalendar=</c> check.</summary>
public static partial class SystemdTime
{
    private static readonly Dictionary<string, double> Units = new(StringComparer.Ordinal)
    {
        [""] = 1,
        ["s"] = 1,
        ["sec"] = 1,
        ["second"] = 1,
        ["seconds"] = 1,
        ["us"] = 1e-6,
        ["usec"] = 1e-6,
        ["ms"] = 1e-3,
        ["msec"] = 1e-3,
        ["m"] = 60,
        ["min"] = 60,
        ["minute"] = 60,
        ["minutes"] = 60,
        ["h"] = 3600,
        ["hr"] = 3600,
        ["hour"] = 3600,
        ["hours"] = 3600,
        ["d"] = 86400,
        ["day"] = 86400,
        ["days"] = 86400,
        ["w"] = 604800,
        ["week"] = 604800,
        ["weeks"] = 604800,
        ["M"] = 2629800,
        ["month"] = 2629800,
        ["months"] = 2629800,
        ["y"] = 31557600,
        ["year"] = 31557600,
        ["years"] = 31557600,
    };

    private static readonly Dictionary<string, TimeSpan> Shorthands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["minutely"] = TimeSpan.FromMinutes(1),
        ["hourly"] = TimeSpan.FromHours(1),
        ["daily"] = TimeSpan.FromDays(1),
        ["weekly"] = TimeSpan.FromDays(7),
        ["monthly"] = TimeSpan.FromDays(31),
        ["quarterly"] = TimeSpan.FromDays(92),
        ["semiannually"] = TimeSpan.FromDays(183),
        ["yearly"] = TimeSpan.FromDays(365),
        ["annually"] = TimeSpan.FromDays(365),
    };

    /// <summary>Parses a time span; null when it is not one.</summary>
    public static TimeSpan? ParseSpan(string text)
    {
        var matches = SpanPart().Matches(text.Trim());
        if (text.Trim().Length == 0 || string.Concat(matches.Select(m => m.Value)).Length != text.Trim().Length)
        {
            return null;
        }

        double seconds = 0;
        foreach (Match m in matches)
        {
            if (!Units.TryGetValue(m.Groups[2].Value, out var unit))
            {
                return null;
            }

            seconds += double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * unit;
        }

        return seconds < TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.FromSeconds(seconds) : null;
    }

    /// <summary>Checks an <c>OnCalendar=</c> expression: null and how often it fires, or what is wrong.</summary>
    public static (string? Problem, TimeSpan Period) CheckCalendar(string text)
    {
        if (Shorthands.TryGetValue(text.Trim(), out var period))
        {
            return (null, period);
        }

        var match = Calendar().Match(text.Trim());
        if (!match.Success)
        {
            return ($"OnCalendar={text} is not a calendar expression ([weekday] [year-month-day] [hour:minute[:second]] [timezone]) or a shorthand such as daily", TimeSpan.Zero);
        }

        var badDay = match.Groups["dow"].Value.Split(',', '.').FirstOrDefault(d => d.Length > 0 && !IsWeekday(d));
        if (badDay is not null)
        {
            return ($"OnCalendar={text}: '{badDay}' is not a weekday (Mon, Tue, Wed, Thu, Fri, Sat, Sun)", TimeSpan.Zero);
        }

        var date = match.Groups["date"].Value.Split('-');
        var time = match.Groups["time"].Value.Split(':');
        var problem = Range(date.Length == 3 ? date[1] : date.Length == 2 ? date[0] : "*", 1, 12, "month")
            ?? Range(date.Length >= 2 ? date[^1] : "*", 1, 31, "day")
            ?? Range(time[0], 0, 23, "hour")
            ?? Range(time.Length > 1 ? time[1] : "0", 0, 59, "minute")
            ?? Range(time.Length > 2 ? time[2].Split('.')[0] : "0", 0, 59, "second");
        if (problem is not null)
        {
            return ($"OnCalendar={text}: {problem}, so the timer never fires", TimeSpan.Zero);
        }

        period = time.Length > 1 && time[1].StartsWith('*') ? TimeSpan.FromMinutes(1)
            : time[0].StartsWith('*') ? TimeSpan.FromHours(1)
            : date.Length >= 2 && !date[^1].StartsWith('*') ? TimeSpan.FromDays(31)
            : match.Groups["dow"].Success && !match.Groups["dow"].Value.Contains("..", StringComparison.Ordinal) && !match.Groups["dow"].Value.Contains(',', StringComparison.Ordinal) ? TimeSpan.FromDays(7)
            : TimeSpan.FromDays(1);
        return (null, period);
    }

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static bool IsWeekday(string name) =>
        Weekdays.Any(d => d.StartsWith(name.ToLowerInvariant(), StringComparison.Ordinal) && (name.Length == 3 || name.Length == d.Length));

    private static string? Range(string field, int min, int max, string name)
    {
        foreach (var part in field.Split(',', '/'))
        {
            foreach (var bound in part.Split(".."))
            {
                if (bound is "*" or "" || (int.TryParse(bound, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max))
                {
                    continue;
                }

                return $"{name} '{bound}' is outside {min}-{max}";
            }
        }

        return null;
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*")]
    private static partial Regex SpanPart();

    [GeneratedRegex(@"^(?:(?<dow>[A-Za-z]{3,9}(?:(?:,|\.\.)[A-Za-z]{3,9})*)\s+)?(?:(?<date>[0-9*,./~]+(?:-[0-9*,./~]+){1,2})\s*)?(?<time>[0-9*,./]+(?::[0-9*,./]+){1,2})?(?:\s+[A-Za-z_/+-]+)?$")]
    private static partial Regex Calendar();
}
