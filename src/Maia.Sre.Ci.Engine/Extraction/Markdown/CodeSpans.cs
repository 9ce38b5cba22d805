namespace Maia.Sre.Ci.Extraction.Markdown;

/// <summary>
/// Inline code spans of one line, as CommonMark finds them: a run of N backticks opens a span and the next run of
/// exactly N closes it; a run with no closing twin is literal text, and a backslash-escaped backtick opens nothing.
/// </summary>
internal static class CodeSpans
{
    /// <summary>Adds each span of <paramref name="line"/> as (start, end) of its content (between the backtick runs).</summary>
    public static void Find(ReadOnlySpan<char> line, List<(int Start, int End)> output)
    {
        var i = line.IndexOf('`');
        while (i >= 0 && i < line.Length)
        {
            if (i > 0 && Escaped(line, i))
            {
                i = Next(line, i + 1);
                continue;
            }

            var run = RunLength(line, i);
            var close = Closing(line, i + run, run);
            if (close < 0)
            {
                i = Next(line, i + run);
                continue;
            }

            output.Add((i + run, close));
            i = Next(line, close + run);
        }
    }

    /// <summary>True when <paramref name="index"/> lies inside one of <paramref name="spans"/> (delimiters included).</summary>
    public static bool Inside(List<(int Start, int End)> spans, int index)
    {
        foreach (var (start, end) in spans)
        {
            if (index >= start - 1 && index <= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the character at <paramref name="index"/> follows an odd number of backslashes.</summary>
    public static bool Escaped(ReadOnlySpan<char> line, int index)
    {
        var n = 0;
        while (index - n - 1 >= 0 && line[index - n - 1] == '\\')
        {
            n++;
        }

        return n % 2 == 1;
    }

    private static int Next(ReadOnlySpan<char> line, int from)
    {
        if (from >= line.Length)
        {
            return -1;
        }

        var rel = line[from..].IndexOf('`');
        return rel < 0 ? -1 : from + rel;
    }

    private static int RunLength(ReadOnlySpan<char> line, int i)
    {
        var n = 0;
        while (i + n < line.Length && line[i + n] == '`')
        {
            n++;
        }

        return n;
    }

    private static int Closing(ReadOnlySpan<char> line, int from, int run)
    {
        var i = Next(line, from);
        while (i >= 0)
        {
            var length = RunLength(line, i);
            if (length == run)
            {
                return i;
            }

            i = Next(line, i + length);
        }

        return -1;
    }
}
