using System.Globalization;

namespace Maia.Sre.Ci.Services;

/// <summary>Durations in short words, for schedules and reasons.</summary>
public static class Durations
{
    /// <summary><c>45 s</c>, <c>15 min</c>, <c>1.5 h</c>, <c>7 d</c>.</summary>
    public static string Format(TimeSpan span)
    {
        var c = CultureInfo.InvariantCulture;
        return span.TotalSeconds < 120 ? span.TotalSeconds.ToString("0.#", c) + " s"
            : span.TotalMinutes < 120 ? span.TotalMinutes.ToString("0.#", c) + " min"
            : span.TotalHours < 48 ? span.TotalHours.ToString("0.#", c) + " h"
            : span.TotalDays.ToString("0.#", c) + " d";
    }
}
