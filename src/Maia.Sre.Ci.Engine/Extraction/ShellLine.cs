using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Extraction;

/// <summary>Finds references in one line of shell or PowerShell: tool tokens plus files run with <c>source</c> or <c>.</c>.</summary>
public static partial class ShellLine
{
    /// <summary>Scans <paramref name="line"/> (already without its comment) and adds references.</summary>
    public static void Scan(string line, int lineNo, ExtensionSet extensions, List<RawReference> output, List<(int Start, int Length)> scratch)
    {
        scratch.Clear();
        PathTokenScanner.Scan(line, extensions, scratch);
        foreach (var (start, length) in scratch)
        {
            if (!MarkdownExtractor.IsUrlTail(line, start))
            {
                output.Add(new RawReference(line.Substring(start, length), lineNo, start + 1, length, ReferenceKind.Tool));
            }
        }

        if (!line.Contains("source", StringComparison.Ordinal) && !line.Contains(". ", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match m in Sourced().Matches(line))
        {
            var g = m.Groups["path"];
            var start = g.Index;
            if (InQuotes(line, m.Index) || g.Value.EndsWith(':'))
            {
                continue; // "source it: ..." inside an echo or printf string is prose, not a command
            }

            var alreadyFound = false;
            foreach (var (s, _) in scratch)
            {
                alreadyFound |= s == start;
            }

            if (!alreadyFound)
            {
                output.Add(new RawReference(g.Value, lineNo, start + 1, g.Length, ReferenceKind.Sourced));
            }
        }
    }

    /// <summary>True when <paramref name="index"/> is inside a single- or double-quoted string.</summary>
    private static bool InQuotes(string line, int index)
    {
        var quote = '\0';
        for (var i = 0; i < index; i++)
        {
            if (quote == '\0' && line[i] is '"' or '\'')
            {
                quote = line[i];
            }
            else if (line[i] == quote)
            {
                quote = '\0';
            }
        }

        return quote != '\0';
    }

    /// <summary>Removes a trailing <c># comment</c> (not inside quotes); returns empty for a comment line or shebang.</summary>
    public static string WithoutComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }

    [GeneratedRegex(@"(?:^|[;&|]|\bthen\b|\bdo\b)\s*(?:\bsource|\.)\s+[""']?(?<path>[A-Za-z0-9_./~${}-][^\s;&|""')]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Sourced();
}
