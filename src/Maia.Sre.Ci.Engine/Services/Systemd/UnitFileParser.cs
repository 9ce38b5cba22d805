namespace Maia.Sre.Ci.Services.Systemd;

/// <summary>Parses systemd's INI-like unit syntax; a malformed line becomes a <see cref="DefinitionError"/>.</summary>
public static class UnitFileParser
{
    /// <summary>Parses <paramref name="text"/>.</summary>
    public static (UnitFile? Unit, DefinitionError? Error) Parse(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return (null, new DefinitionError("is binary, not a unit file"));
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var entries = new List<UnitEntry>();
        string? section = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';')
            {
                continue;
            }

            var indent = line.Length - trimmed.Length;
            if (trimmed[0] == '[')
            {
                var end = trimmed.TrimEnd();
                if (!end.EndsWith(']') || end.Length < 3 || end.IndexOf(']', StringComparison.Ordinal) != end.Length - 1)
                {
                    return (null, new DefinitionError($"section header '{end}' is not of the form [Name]", number, indent + 1));
                }

                section = end[1..^1];
                continue;
            }

            var eq = trimmed.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                return (null, new DefinitionError($"line '{Shorten(trimmed)}' is neither a [Section] nor Key=Value", number, indent + 1));
            }

            var key = trimmed[..eq].TrimEnd();
            if (key.Length == 0 || key.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_' and not '.' and not '@'))
            {
                return (null, new DefinitionError($"'{Shorten(key)}' is not a valid key", number, indent + 1));
            }

            if (section is null)
            {
                return (null, new DefinitionError($"'{key}' comes before any [Section]", number, indent + 1));
            }

            var valueStart = eq + 1;
            while (valueStart < trimmed.Length && trimmed[valueStart] is ' ' or '\t')
            {
                valueStart++;
            }

            var value = trimmed[valueStart..].TrimEnd();

            // A trailing backslash continues the value on the next line (systemd joins them with a space).
            while (value.EndsWith('\\') && i + 1 < lines.Length)
            {
                i++;
                value = value[..^1].TrimEnd() + " " + lines[i].Trim();
            }

            entries.Add(new UnitEntry(section, key, value.TrimEnd('\\').TrimEnd(), number, indent + valueStart + 1));
        }

        return (new UnitFile(entries), null);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
