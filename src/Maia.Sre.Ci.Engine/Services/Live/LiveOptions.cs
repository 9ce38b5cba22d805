namespace Maia.Sre.Ci.Services.Live;

/// <summary>What live service health needs from the host, injected so tests are deterministic.</summary>
public sealed record LiveOptions
{
    /// <summary>The clock "time since the last run" is measured by.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The user id for launchd's <c>gui/&lt;uid&gt;</c> domain; null asks <c>id -u</c>.</summary>
    public string? Uid { get; init; }

    /// <summary>When a host file was last written (launchd log files tell when a job last ran); null when absent.</summary>
    public Func<string, DateTimeOffset?> LastWriteTime { get; init; } = DefaultLastWriteTime;

    private static DateTimeOffset? DefaultLastWriteTime(string path) =>
        File.Exists(path) ? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero) : null;
}

/// <summary>Thrown when no service manager needed by the repository's definitions exists on this host.</summary>
public sealed class ServiceManagerUnavailableException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public ServiceManagerUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ServiceManagerUnavailableException()
    {
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    public ServiceManagerUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
