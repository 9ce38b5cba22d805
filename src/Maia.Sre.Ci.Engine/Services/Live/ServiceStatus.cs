namespace Maia.Sre.Ci.Services.Live;

/// <summary>What the service manager says about one service right now.</summary>
public sealed record ServiceStatus
{
    /// <summary>True when the manager knows the service (launchd: loaded; systemd: <c>LoadState=loaded</c>).</summary>
    public bool Loaded { get; init; }

    /// <summary>The running process, when there is one.</summary>
    public int? Pid { get; init; }

    /// <summary>The last exit code, or null when it has not exited since it was loaded.</summary>
    public int? LastExitCode { get; init; }

    /// <summary>systemd's <c>Result</c> (<c>success</c>, <c>exit-code</c>, <c>signal</c>, …), or null.</summary>
    public string? Result { get; init; }

    /// <summary>When it last ran (timer trigger, exit time, or launchd log write), or null.</summary>
    public DateTimeOffset? LastRun { get; init; }

    /// <summary>The manager's own word for its state (<c>running</c>, <c>active/exited</c>, …).</summary>
    public string State { get; init; } = "";

    /// <summary>Why the state could not be read (not loaded, timed out), or null.</summary>
    public string? Problem { get; init; }
}

/// <summary>Health states, from the original monitor.</summary>
public enum HealthState
{
    /// <summary>Doing what its schedule says.</summary>
    Healthy,

    /// <summary>Late or partly working.</summary>
    Degraded,

    /// <summary>Down, failing, or missing its runs.</summary>
    Failed,

    /// <summary>Loaded and waiting: it has not run yet.</summary>
    Idle,

    /// <summary>Not loaded, or its state could not be read.</summary>
    Unknown,
}

/// <summary>One service's judged health.</summary>
/// <param name="Service">The definition.</param>
/// <param name="State">Its health.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Status">What the manager reported.</param>
public sealed record ServiceHealth(ServiceDefinition Service, HealthState State, string Reason, ServiceStatus Status);
