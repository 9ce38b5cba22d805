namespace Maia.Sre.Ci.Services;

/// <summary>One service found in the repository: a launchd property list or a systemd <c>.service</c> unit.</summary>
public sealed record ServiceDefinition
{
    /// <summary>The definition file, repository-relative.</summary>
    public required string File { get; init; }

    /// <summary>launchd or systemd.</summary>
    public required ServiceManager Manager { get; init; }

    /// <summary>The launchd <c>Label</c>, or the systemd unit name (<c>x.service</c>).</summary>
    public required string Label { get; init; }

    /// <summary>How it is meant to run.</summary>
    public required ServiceClass Class { get; init; }

    /// <summary>The schedule in words, e.g. <c>every 1 h</c> or <c>daily at 07:00</c>.</summary>
    public string Schedule { get; init; } = "";

    /// <summary>For interval services, the interval.</summary>
    public TimeSpan? Interval { get; init; }

    /// <summary>For calendar services, how often the calendar fires (a day unless the schedule says otherwise).</summary>
    public TimeSpan? CalendarPeriod { get; init; }

    /// <summary>Log files as the host sees them (launchd: the newest one's time is the last run).</summary>
    public IReadOnlyList<string> LogPaths { get; init; } = [];

    /// <summary>For systemd services started by a timer, the timer unit's name.</summary>
    public string? TimerUnit { get; init; }

    /// <summary>True when the program or script it runs is missing from the repository (it can never start).</summary>
    public bool Unstartable { get; init; }
}
