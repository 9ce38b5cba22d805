using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Services;

/// <summary>Builds service findings from a rule descriptor.</summary>
public static class ServiceFindings
{
    /// <summary>A finding of <paramref name="rule"/> in <paramref name="file"/>.</summary>
    public static Finding Create(
        RuleDescriptor rule, Severity severity, string file, int line, int column, string message, string? reference = null, string? suggestion = null) =>
        new()
        {
            RuleId = rule.Id,
            RuleName = rule.Name,
            Severity = severity,
            Message = message,
            File = file,
            Line = line,
            Column = line > 0 ? Math.Max(column, 1) : 0,
            Reference = reference,
            Suggestion = suggestion,
        };
}
