namespace Maia.Sre.Ci.Model;

/// <summary>How serious a finding is, from least to most severe.</summary>
public enum Severity
{
    /// <summary>Information only; never fails a run.</summary>
    Note = 0,

    /// <summary>Worth fixing; fails only with <c>--fail-on warning</c>.</summary>
    Warning = 1,

    /// <summary>Broken; fails with <c>--fail-on error</c> or lower.</summary>
    Error = 2,

    /// <summary>Breaks something when it runs; fails the default lint stage.</summary>
    Critical = 3,
}

/// <summary>Parsing and naming of <see cref="Severity"/> values as they appear in reports and options.</summary>
public static class SeverityNames
{
    /// <summary>The lower-case name used in reports: <c>critical|error|warning|note</c>.</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Parses a report name; returns false for anything else.</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text)
        {
            case "critical": severity = Severity.Critical; return true;
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "note": severity = Severity.Note; return true;
            default: severity = Severity.Note; return false;
        }
    }

    /// <summary>The MSBuild canonical-form category: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string ToMSBuildCategory(this Severity severity) => severity switch
    {
        Severity.Critical or Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
