namespace Maia.Sre.Ci.Services;

/// <summary>How a service is meant to run, which decides how its health is judged.</summary>
public enum ServiceClass
{
    /// <summary>Always running (launchd <c>KeepAlive</c>, systemd <c>Restart=always</c>): it must have a pid.</summary>
    Continuous,

    /// <summary>Runs every N seconds (launchd <c>StartInterval</c>, a timer's <c>OnUnitActiveSec</c>).</summary>
    Interval,

    /// <summary>Runs at calendar times (launchd <c>StartCalendarInterval</c>, a timer's <c>OnCalendar</c>).</summary>
    Calendar,

    /// <summary>Runs when a path changes (launchd <c>WatchPaths</c>/<c>QueueDirectories</c>, a <c>.path</c> unit).</summary>
    Trigger,

    /// <summary>Runs once (at load or boot) and exits.</summary>
    OneShot,
}

/// <summary>The service manager a definition is for.</summary>
public enum ServiceManager
{
    /// <summary>macOS launchd (property lists).</summary>
    Launchd,

    /// <summary>Linux systemd (unit files).</summary>
    Systemd,
}

/// <summary>Names of <see cref="ServiceClass"/> values as reports show them.</summary>
public static class ServiceClassNames
{
    /// <summary><c>continuous</c>, <c>interval</c>, <c>calendar</c>, <c>trigger</c> or <c>one-shot</c>.</summary>
    public static string ToName(this ServiceClass value) => value switch
    {
        ServiceClass.Continuous => "continuous",
        ServiceClass.Interval => "interval",
        ServiceClass.Calendar => "calendar",
        ServiceClass.Trigger => "trigger",
        _ => "one-shot",
    };
}
