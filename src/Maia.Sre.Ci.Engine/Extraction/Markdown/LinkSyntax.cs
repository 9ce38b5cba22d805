namespace Maia.Sre.Ci.Extraction.Markdown;

/// <summary>
/// CommonMark's grammar for what follows a link's text and a reference definition's label: a destination
/// (<c>&lt;with spaces&gt;</c>, or text without spaces or controls whose parentheses balance), an optional title in
/// <c>"</c>, <c>'</c> or <c>( )</c> after a blank, and for inline links the closing <c>)</c>. Anything else
/// (<c>[a](two words)</c>, <c>[a](x.md</c>, <c>[n]: see the docs</c>) is not a link, as GitHub renders it.
/// </summary>
internal static class LinkSyntax
{
    /// <summary>
    /// Reads an inline link's <c>(destination "title")</c> whose <c>(</c> is at <paramref name="open"/>. True when it
    /// is one; the destination is <c>line[start..end]</c> (without angle brackets, possibly empty) and
    /// <paramref name="after"/> is the index after the closing <c>)</c>.
    /// </summary>
    public static bool Inline(ReadOnlySpan<char> line, int open, out int start, out int end, out int after)
    {
        after = -1;
        var i = SkipBlanks(line, open + 1);
        if (!Destination(line, ref i, out start, out end))
        {
            return false;
        }

        var blank = SkipBlanks(line, i);
        if (blank < line.Length && blank > i && line[blank] is '"' or '\'' or '(')
        {
            if (!Title(line, blank, out i))
            {
                // A title left open continues on the next line (GitHub reads it there); the destination stands.
                after = line.Length;
                return i == line.Length;
            }

            blank = SkipBlanks(line, i);
        }

        after = blank + 1;
        return blank < line.Length && line[blank] == ')';
    }

    /// <summary>
    /// Reads a reference definition's destination and optional title from <paramref name="from"/> (after the
    /// <c>]:</c> and its blanks) to the end of the line. True when they form a definition; the destination is
    /// <c>line[start..end]</c>.
    /// </summary>
    public static bool Definition(ReadOnlySpan<char> line, int from, out int start, out int end)
    {
        var i = from;
        if (!Destination(line, ref i, out start, out end) || (end == start && line[from] != '<'))
        {
            return false;
        }

        var blank = SkipBlanks(line, i);
        if (blank == line.Length)
        {
            return true;
        }

        // A title must follow a blank and end the line (or go on to the next one).
        if (blank == i || line[blank] is not ('"' or '\'' or '('))
        {
            return false;
        }

        return !Title(line, blank, out i) ? i == line.Length : SkipBlanks(line, i) == line.Length;
    }

    /// <summary>True when <c>line[i]</c> is a blank (space or tab).</summary>
    public static bool IsBlank(char c) => c is ' ' or '\t';

    private static int SkipBlanks(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && IsBlank(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>A destination at <paramref name="i"/>: <c>&lt;…&gt;</c> on one line, or a run without blanks or controls with balanced parentheses.</summary>
    private static bool Destination(ReadOnlySpan<char> line, ref int i, out int start, out int end)
    {
        if (i < line.Length && line[i] == '<')
        {
            start = i + 1;
            for (var j = start; j < line.Length; j++)
            {
                if (line[j] == '\\')
                {
                    j++;
                }
                else if (line[j] == '<')
                {
                    break;
                }
                else if (line[j] == '>')
                {
                    end = j;
                    i = j + 1;
                    return true;
                }
            }

            end = start;
            return false;
        }

        start = i;
        var depth = 0;
        while (i < line.Length && line[i] > ' ' && line[i] != '\u007F')
        {
            if (line[i] == '\\' && i + 1 < line.Length && char.IsAsciiLetterOrDigit(line[i + 1]) is false && line[i + 1] > ' ')
            {
                i += 2;
                continue;
            }

            if (line[i] == '(')
            {
                depth++;
            }
            else if (line[i] == ')' && --depth < 0)
            {
                break;
            }

            i++;
        }

        end = i;
        return depth <= 0;
    }

    /// <summary>A title opening at <paramref name="open"/>; false with <paramref name="after"/> at the line's end when it does not close on this line.</summary>
    private static bool Title(ReadOnlySpan<char> line, int open, out int after)
    {
        var close = line[open] == '(' ? ')' : line[open];
        for (var j = open + 1; j < line.Length; j++)
        {
            if (line[j] == '\\')
            {
                j++;
            }
            else if (line[j] == close)
            {
                after = j + 1;
                return true;
            }
            else if (close == ')' && line[j] == '(')
            {
                after = -1;
                return false;
            }
        }

        after = line.Length;
        return false;
    }
}
