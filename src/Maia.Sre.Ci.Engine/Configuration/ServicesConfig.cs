namespace Maia.Sre.Ci.Configuration;

/// <summary>The <c>"services"</c> section of <c>.maia-sre.json</c>: where service definitions are and the health targets.</summary>
public sealed record ServicesConfig
{
    /// <summary>Globs of launchd property lists; a match counts when it is in a LaunchAgents or LaunchDaemons folder or has a Label.</summary>
    public IReadOnlyList<string> Launchd { get; init; } = ["**/*.plist"];

    /// <summary>Globs of systemd units (<c>.service</c>, <c>.timer</c>, <c>.path</c>).</summary>
    public IReadOnlyList<string> Systemd { get; init; } = ["**/*.service", "**/*.timer", "**/*.path"];

    /// <summary>Globs never read as service definitions.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = PhantomDefaults.Exclude;

    /// <summary>Availability target for continuous services, in percent.</summary>
    public double ContinuousSlo { get; init; } = 99.9;

    /// <summary>Health target for scheduled (interval, calendar, trigger, one-shot) services, in percent.</summary>
    public double ScheduledSlo { get; init; } = 95;

    /// <summary><c>user</c> (<c>systemctl --user</c>) or <c>system</c> units, for live health.</summary>
    public string SystemdScope { get; init; } = "user";

    /// <summary>Timeout of each <c>launchctl</c> / <c>systemctl</c> call, in seconds.</summary>
    public int TimeoutSeconds { get; init; } = 10;
}
