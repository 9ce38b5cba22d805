using System.Text;

namespace Maia.Sre.Ci.Reports.GitHub;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=F,line=L::message</c>), escaped as the runner expects:
/// <c>%</c>, CR and LF in the message; those plus <c>:</c> and <c>,</c> in property values.
/// </summary>
public static class WorkflowCommand
{
    /// <summary>Escapes a message (the part after <c>::</c>).</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value (<c>file=</c>, <c>title=</c>, …).</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>Formats one command; properties with null or empty values are left out.</summary>
    public static string Format(string command, IEnumerable<KeyValuePair<string, string?>> properties, string message)
    {
        var line = new StringBuilder("::").Append(command);
        var first = true;
        foreach (var (name, value) in properties)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            line.Append(first ? ' ' : ',').Append(name).Append('=').Append(EscapeProperty(value));
            first = false;
        }

        return line.Append("::").Append(EscapeData(message)).ToString();
    }
}
