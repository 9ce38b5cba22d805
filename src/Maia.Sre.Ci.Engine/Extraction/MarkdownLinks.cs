using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// Markdown and HTML link targets in one line: inline links and images (<c>[t](x)</c>, <c>![a](x)</c>), reference
/// definitions (<c>[id]: x</c>) and <c>src</c>/<c>href</c> attributes. Links inside code spans are not links.
/// </summary>
internal static partial class MarkdownLinks
{
    /// <summary>What <see cref="Find"/> returns when the line ends with <c>[text](</c>: the destination is on the next line.</summary>
    public const int DestinationFollows = -1;

    /// <summary>
    /// False when <paramref name="line"/> cannot hold anything <see cref="Find"/> looks for (no <c>](</c>, no
    /// <c>]:</c>, no <c>src=</c>/<c>href=</c>): most prose lines, skipped without making them strings.
    /// </summary>
    public static bool MayContainLinks(ReadOnlySpan<char> line) =>
        line.Contains("](", StringComparison.Ordinal)
        || line.Contains("]:", StringComparison.Ordinal)
        || MayContainAttribute(line);

    /// <summary>
    /// Adds the line's link targets to <paramref name="output"/> and their spans to <paramref name="taken"/>.
    /// <paramref name="openBefore"/> link texts opened on the paragraph's earlier lines may close on this one
    /// (<c>[a long</c> / <c>title](x.md)</c>); returns how many are still open at its end, or
    /// <see cref="DestinationFollows"/> (pass it back with the next line). In raw HTML
    /// (<paramref name="rawHtml"/>) only <c>src</c> and <c>href</c> attributes are links.
    /// </summary>
    public static int Find(ReadOnlySpan<char> line, int lineNo, List<RawReference> output, List<(int Start, int End)> taken, List<(int Start, int End)>? codeSpans = null, int openBefore = 0, bool rawHtml = false)
    {
        var open = rawHtml ? 0 : Inline(line, lineNo, output, taken, codeSpans, openBefore);
        if (!rawHtml && line.Contains("]:", StringComparison.Ordinal))
        {
            Definition(line, lineNo, output, taken, codeSpans);
        }

        if (MayContainAttribute(line))
        {
            foreach (Match m in HtmlAttribute().Matches(line.ToString()))
            {
                // HTML written in a code span is shown, not rendered.
                var g = m.Groups["target"];
                if (rawHtml || !InCode(line, m.Index, codeSpans))
                {
                    AddLink(line, g.Index, g.Index + g.Length, lineNo, output, taken);
                }
            }
        }

        return open;
    }

    /// <summary>
    /// A reference definition's destination alone on the line after its label (<c>[id]:</c> / <c>next.md "Title"</c>),
    /// <paramref name="indent"/> blanks in. False when the line is not one (it is then ordinary text).
    /// </summary>
    public static bool NextLineDestination(ReadOnlySpan<char> line, int indent, int lineNo, List<RawReference> output)
    {
        if (line[indent] == '(' || !Markdown.LinkSyntax.Definition(line, indent, out var start, out var end))
        {
            return false;
        }

        Destination(line, start, end, lineNo, output, []);
        return true;
    }

    /// <summary>
    /// Inline links and images (<c>[text](destination "title")</c>): each <c>]</c> closes the nearest open <c>[</c>
    /// outside code spans and escapes; a link ends the link texts opened before it (links do not nest; images do).
    /// </summary>
    private static int Inline(ReadOnlySpan<char> line, int lineNo, List<RawReference> output, List<(int Start, int End)> taken, List<(int Start, int End)>? codeSpans, int carried)
    {
        Span<int> openers = stackalloc int[32];
        var count = 0;
        if (carried == DestinationFollows)
        {
            // "[text](" ended the previous line: the destination starts this one.
            carried = 0;
            if (Markdown.LinkSyntax.Inline(line, -1, out var start, out var end, out _))
            {
                AddLink(line, start, end, lineNo, output, taken);
            }
        }

        var i = line.IndexOfAny('[', ']');
        while (i >= 0)
        {
            var next = i + 1;
            if (Markdown.CodeSpans.Escaped(line, i) || InCode(line, i, codeSpans))
            {
                // literal text
            }
            else if (line[i] == '[')
            {
                if (count < openers.Length)
                {
                    openers[count++] = i;
                }
            }
            else if (count > 0 || carried > 0)
            {
                var bracket = count > 0 ? openers[--count] : -1;
                carried -= bracket < 0 ? 1 : 0;
                var footnote = bracket >= 0 && bracket + 1 < line.Length && line[bracket + 1] == '^';
                if (!footnote && next < line.Length && line[next] == '(' && line[(next + 1)..].IsWhiteSpace())
                {
                    return DestinationFollows;
                }

                if (!footnote && next < line.Length && line[next] == '('
                    && Markdown.LinkSyntax.Inline(line, next, out var start, out var end, out var after))
                {
                    // The link text names the same file as its target; count the link once.
                    taken.Add((Math.Max(bracket, 0), i));
                    AddLink(line, start, end, lineNo, output, taken);
                    if (bracket <= 0 || line[bracket - 1] != '!')
                    {
                        count = 0;
                        carried = 0;
                    }

                    next = after;
                }
            }

            i = next >= line.Length ? -1 : line[next..].IndexOfAny('[', ']');
            i = i < 0 ? -1 : next + i;
        }

        return count + carried;
    }

    /// <summary>A reference definition (<c>[id]: destination "title"</c>) starting the line or a list item or quote on it.</summary>
    private static void Definition(ReadOnlySpan<char> line, int lineNo, List<RawReference> output, List<(int Start, int End)> taken, List<(int Start, int End)>? codeSpans)
    {
        var i = ContainerEnd(line);
        if (i >= line.Length - 3 || line[i] != '[' || line[i + 1] == '^' || InCode(line, i, codeSpans))
        {
            return;
        }

        // The label: no unescaped brackets, something besides blanks.
        var j = i + 1;
        var words = false;
        while (j < line.Length && line[j] != ']')
        {
            if (line[j] == '[')
            {
                return;
            }

            words |= !Markdown.LinkSyntax.IsBlank(line[j]);
            j += line[j] == '\\' ? 2 : 1;
        }

        if (!words || j + 1 >= line.Length || line[j + 1] != ':')
        {
            return;
        }

        j += 2;
        while (j < line.Length && Markdown.LinkSyntax.IsBlank(line[j]))
        {
            j++;
        }

        if (j < line.Length && line[j] != '(' && Markdown.LinkSyntax.Definition(line, j, out var start, out var end))
        {
            Destination(line, start, end, lineNo, output, taken);
        }
    }

    /// <summary>Where a line's content starts after up to three blanks, quote markers (<c>&gt;</c>) and list markers (<c>-</c>, <c>1.</c>).</summary>
    private static int ContainerEnd(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (true)
        {
            var blanks = 0;
            while (i < line.Length && line[i] == ' ' && blanks < 4)
            {
                i++;
                blanks++;
            }

            if (blanks > 3 || i >= line.Length)
            {
                return blanks > 3 ? line.Length : i;
            }

            var marker = i;
            if (line[i] == '>')
            {
                i++;
                continue;
            }

            if (line[i] is '-' or '*' or '+')
            {
                i++;
            }
            else
            {
                while (i < line.Length && i - marker < 9 && char.IsAsciiDigit(line[i]))
                {
                    i++;
                }

                i += i > marker && i < line.Length && line[i] is '.' or ')' ? 1 : marker - i;
            }

            if (i == marker || i >= line.Length || !Markdown.LinkSyntax.IsBlank(line[i]))
            {
                return marker;
            }

            i++;
        }
    }

    /// <summary>
    /// A reference definition's destination <c>line[start..end]</c>, read as a link; a destination in parentheses
    /// (<c>[#top]: (#top)</c>) is malformed, not a file named '('.
    /// </summary>
    private static void Destination(ReadOnlySpan<char> line, int start, int end, int lineNo, List<RawReference> output, List<(int Start, int End)> taken)
    {
        var before = output.Count;
        AddLink(line, start, end, lineNo, output, taken);
        for (var r = before; r < output.Count; r++)
        {
            output[r] = output[r] with { Role = ReferenceRole.Read };
        }
    }

    /// <summary>True for a reference definition whose destination is on the next line (<c>[id]:</c> alone).</summary>
    public static bool IsBareDefinition(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        return t.Length > 3 && t[0] == '[' && t[1] != '^' && t.EndsWith("]:", StringComparison.Ordinal) && line.Length - line.TrimStart().Length < 4
            && t[1..^2].IndexOf(']') < 0;
    }

    private static bool InCode(ReadOnlySpan<char> line, int index, List<(int Start, int End)>? codeSpans) =>
        codeSpans is null ? InCodeSpan(line, index) : Markdown.CodeSpans.Inside(codeSpans, index);

    /// <summary>False when <paramref name="line"/> has no <c>src=</c> or <c>href=</c> for the attribute expression to find.</summary>
    private static bool MayContainAttribute(ReadOnlySpan<char> line) =>
        line.Contains('=') && (AsciiSearch.ContainsIgnoreCase(line, "src") || AsciiSearch.ContainsIgnoreCase(line, "href"));

    /// <summary>True when <paramref name="index"/> lies inside an inline code span (an odd number of backticks before it).</summary>
    private static bool InCodeSpan(ReadOnlySpan<char> line, int index)
    {
        var ticks = 0;
        for (var i = 0; i < index; i++)
        {
            ticks += line[i] == '`' ? 1 : 0;
        }

        return ticks % 2 == 1;
    }

    private static void AddLink(ReadOnlySpan<char> line, int start, int end, int lineNo, List<RawReference> output, List<(int Start, int End)> taken)
    {
        if (end <= start)
        {
            return;
        }

        // The target stays a span: external links (a good share of all links) make no string at all.
        var raw = line[start..end];
        taken.Add((start, end));
        if (raw.Length > 1 && raw[0] == '#')
        {
            var anchor = raw.ToString();
            output.Add(new RawReference(anchor, lineNo, start + 1, end - start, ReferenceKind.Anchor, anchor[1..]));
            return;
        }

        if (LinkTargets.IsExternalOrAnchor(raw))
        {
            return;
        }

        var (path, fragment) = LinkTargets.Split(raw);
        if (path.Length > 0)
        {
            var plain = fragment is not null && raw[..raw.IndexOf('#')].Contains("plain=1", StringComparison.Ordinal);
            output.Add(new RawReference(path, lineNo, start + 1, end - start, ReferenceKind.Link, fragment, plain));
        }
    }

    public static bool Overlaps(List<(int Start, int End)> taken, int start, int end)
    {
        foreach (var (s, e) in taken)
        {
            if (start < e && end > s)
            {
                return true;
            }
        }

        return false;
    }

    // A bound attribute (Vue's ":href", "v-bind:src" in VitePress pages) holds an expression, not a URL.
    [GeneratedRegex(@"(?<![\w:.\-])(?:src|href)\s*=\s*(?:""(?<target>[^""]*)""|'(?<target>[^']*)')", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAttribute();
}
