using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Anchors;

/// <summary>Line-level Markdown block recognition for <see cref="MarkdownAnchors"/> (CommonMark, simplified).</summary>
internal static class MarkdownBlocks
{
    /// <summary>An open code fence: its marker (<c>`</c> or <c>~</c>, <c>'\0'</c> when none) and length.</summary>
    public readonly record struct Fence(char Marker, int Length);

    /// <summary>The first line after YAML front matter (<c>---</c> on line 1 up to <c>---</c> or <c>...</c>), or 0.</summary>
    public static int FrontMatterEnd(SourceText text)
    {
        if (text.LineCount == 0 || !text.Line(0).TrimEnd().SequenceEqual("---"))
        {
            return 0;
        }

        for (var i = 1; i < text.LineCount; i++)
        {
            var line = text.Line(i).TrimEnd();
            if (line.SequenceEqual("---") || line.SequenceEqual("..."))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Opens or closes a fence; true when <paramref name="line"/> is a fence line.</summary>
    public static bool UpdateFence(ReadOnlySpan<char> line, ref Fence fence)
    {
        var indent = Indent(line);
        if (indent > 3)
        {
            return false;
        }

        var rest = line[indent..];
        if (rest.Length < 3 || (rest[0] != '`' && rest[0] != '~'))
        {
            return false;
        }

        var marker = rest[0];
        var count = 0;
        while (count < rest.Length && rest[count] == marker)
        {
            count++;
        }

        if (count < 3)
        {
            return false;
        }

        if (fence.Marker == '\0')
        {
            if (marker == '`' && rest[count..].Contains('`'))
            {
                return false; // an info string with a backtick: inline code, not a fence
            }

            fence = new Fence(marker, count);
            return true;
        }

        if (marker == fence.Marker && count >= fence.Length && rest[count..].Trim().Length == 0)
        {
            fence = default;
            return true;
        }

        return false;
    }

    /// <summary>Hides HTML comments (see <see cref="MarkdownExtractor"/>).</summary>
    public static string MaskComments(string line, ref bool inComment) => MarkdownExtractor.MaskComments(line, ref inComment);

    /// <summary>Leading indentation in columns (a tab counts 4).</summary>
    public static int Indent(ReadOnlySpan<char> line)
    {
        var columns = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                columns++;
            }
            else if (c == '\t')
            {
                columns += 4 - (columns % 4);
            }
            else
            {
                break;
            }
        }

        return columns;
    }

    /// <summary>The line without block-quote markers (<c>&gt; </c>); the same instance when it has none.</summary>
    public static string StripQuotes(string line)
    {
        var rest = line;
        while (Indent(rest) < 4 && rest.TrimStart().StartsWith('>'))
        {
            rest = rest.TrimStart()[1..];
            rest = rest.StartsWith(' ') ? rest[1..] : rest;
        }

        return rest;
    }

    /// <summary>How many block-quote markers (<c>&gt;</c>) start <paramref name="line"/>.</summary>
    public static int QuoteDepth(ReadOnlySpan<char> line)
    {
        var depth = 0;
        while (true)
        {
            var rest = line.TrimStart();
            if (line.Length - rest.Length > 3 || rest.IsEmpty || rest[0] != '>')
            {
                return depth;
            }

            depth++;
            line = rest[1..];
        }
    }

    /// <summary><paramref name="line"/> without its block-quote markers and the blank after each.</summary>
    public static ReadOnlySpan<char> WithoutQuotes(ReadOnlySpan<char> line)
    {
        while (true)
        {
            var rest = line.TrimStart();
            if (line.Length - rest.Length > 3 || rest.IsEmpty || rest[0] != '>')
            {
                return line;
            }

            line = rest.Length > 1 && rest[1] == ' ' ? rest[2..] : rest[1..];
        }
    }

    /// <summary>
    /// <paramref name="line"/> (without quote markers) after its list markers (<c>- </c>, <c>* </c>, <c>+ </c>,
    /// <c>1. </c>, <c>1) </c>, nested ones too); <paramref name="listItem"/> tells whether it had any.
    /// </summary>
    public static ReadOnlySpan<char> AfterListMarkers(string line, out bool listItem)
    {
        var rest = line.AsSpan().TrimStart();
        listItem = false;
        while (rest.Length >= 2)
        {
            var marker = rest[0] is '-' or '*' or '+' ? 1 : 0;
            if (marker == 0)
            {
                while (marker < rest.Length && marker < 9 && char.IsAsciiDigit(rest[marker]))
                {
                    marker++;
                }

                marker = marker > 0 && marker < rest.Length && rest[marker] is '.' or ')' ? marker + 1 : 0;
            }

            if (marker == 0 || marker >= rest.Length || rest[marker] is not (' ' or '\t') || IsBreak(rest))
            {
                break;
            }

            listItem = true;
            rest = rest[marker..].TrimStart();
        }

        return rest;
    }

    /// <summary>The content of an ATX heading (<c>## Title ##</c> gives <c>Title</c>), or null.</summary>
    public static string? AtxContent(string line)
    {
        var indent = Indent(line);
        if (indent > 3)
        {
            return null;
        }

        var rest = line.TrimStart();
        var level = 0;
        while (level < rest.Length && rest[level] == '#')
        {
            level++;
        }

        if (level is 0 or > 6 || (level < rest.Length && rest[level] != ' ' && rest[level] != '\t'))
        {
            return null;
        }

        var content = rest[level..].Trim();
        var closing = content.Length;
        while (closing > 0 && content[closing - 1] == '#')
        {
            closing--;
        }

        if (closing == 0)
        {
            return "";
        }

        if (closing < content.Length && (content[closing - 1] == ' ' || content[closing - 1] == '\t'))
        {
            content = content[..closing].TrimEnd();
        }

        return content;
    }

    /// <summary>True for a setext underline: <c>===</c> or <c>---</c> (any length) with nothing else.</summary>
    public static bool IsSetextUnderline(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return trimmed.Length > 0 && (trimmed[0] == '=' || trimmed[0] == '-') && trimmed.IndexOfAnyExcept(trimmed[0]) < 0;
    }

    /// <summary>True for lines that start a block other than a paragraph (lists, thematic breaks, tables, HTML).</summary>
    public static bool StartsOtherBlock(string line)
    {
        var rest = line.TrimStart();
        if (rest.Length == 0)
        {
            return false;
        }

        if (rest[0] is '-' or '*' or '+' && (rest.Length == 1 || rest[1] is ' ' or '\t'))
        {
            return true; // bullet list item
        }

        var digits = 0;
        while (digits < rest.Length && digits < 9 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < rest.Length && rest[digits] is '.' or ')' && (digits + 1 == rest.Length || rest[digits + 1] == ' '))
        {
            return true; // ordered list item
        }

        // HTML blocks are recognised before (HtmlBlock); a line starting with an autolink or '<' text is a paragraph.
        return rest[0] is '|' || (rest.Length >= 3 && rest[0] is '*' or '_' or '-' && IsBreak(rest));
    }

    /// <summary>True when <paramref name="rest"/> is its first character repeated, with spaces between (a thematic break).</summary>
    private static bool IsBreak(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (c != rest[0] && c != ' ' && c != '\t')
            {
                return false;
            }
        }

        return rest.Length >= 3 && rest.Count(rest[0]) >= 3;
    }
}
