namespace Maia.Sre.Ci.Model;

/// <summary>The <c>--fail-on</c> threshold: findings at or above it make the run fail (exit 1).</summary>
public enum FailLevel
{
    /// <summary>Fail on critical findings only (the default).</summary>
    Critical,

    /// <summary>Fail on errors and critical findings.</summary>
    Error,

    /// <summary>Fail on warnings, errors and critical findings.</summary>
    Warning,

    /// <summary>Never fail because of findings.</summary>
    Never,
}

/// <summary>Helpers for <see cref="FailLevel"/>.</summary>
public static class FailLevels
{
    /// <summary>The accepted spellings, for help and error messages.</summary>
    public const string Names = "critical|error|warning|never";

    /// <summary>Parses <c>critical|error|warning|never</c>.</summary>
    public static bool TryParse(string? text, out FailLevel level)
    {
        switch (text)
        {
            case "critical": level = FailLevel.Critical; return true;
            case "error": level = FailLevel.Error; return true;
            case "warning": level = FailLevel.Warning; return true;
            case "never": level = FailLevel.Never; return true;
            default: level = FailLevel.Critical; return false;
        }
    }

    /// <summary>Whether a finding of <paramref name="severity"/> fails a run at this level.</summary>
    public static bool Fails(this FailLevel level, Severity severity) => level switch
    {
        FailLevel.Critical => severity >= Severity.Critical,
        FailLevel.Error => severity >= Severity.Error,
        FailLevel.Warning => severity >= Severity.Warning,
        _ => false,
    };
}
