using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// Markdown and HTML link targets in one line: inline links and images (<c>[t](x)</c>, <c>![a](x)</c>), reference
/// definitions (<c>[id]: x</c>) and <c>src</c>/<c>href</c> attributes. Links inside code spans are not links.
/// </summary>
internal static partial class MarkdownLinks
{
    /// <summary>
    /// False when <paramref name="line"/> cannot hold anything <see cref="Find"/> looks for (no <c>](</c>, no
    /// <c>]:</c>, no <c>src=</c>/<c>href=</c>): most prose lines, skipped without making them strings.
    /// </summary>
    public static bool MayContainLinks(ReadOnlySpan<char> line) =>
        line.Contains("](", StringComparison.Ordinal)
        || line.Contains("]:", StringComparison.Ordinal)
        || MayContainAttribute(line);

    /// <summary>Adds the line's link targets to <paramref name="output"/> and their spans to <paramref name="taken"/>.</summary>
    public static void Find(ReadOnlySpan<char> line, int lineNo, List<RawReference> output, List<(int Start, int End)> taken, List<(int Start, int End)>? codeSpans = null)
    {
        // The line stays a span (a string is made only for each target found, and for the rare line with attributes).
        var at = line.IndexOf("](", StringComparison.Ordinal);
        while (at >= 0)
        {
            // The link text names the same file as its target; count the link once.
            var bracket = line[..(at + 1)].LastIndexOf('[');
            if (InCode(line, at, codeSpans) || bracket < 0 || Markdown.CodeSpans.Escaped(line, bracket) || Markdown.CodeSpans.Escaped(line, at)
                || (bracket + 1 < line.Length && line[bracket + 1] == '^'))
            {
                at = IndexOf(line, "](", at + 2);
                continue;
            }

            taken.Add((bracket, at));

            var start = at + 2;
            while (start < line.Length && line[start] == ' ')
            {
                start++;
            }

            int end;
            if (start < line.Length && line[start] == '<')
            {
                end = line[start..].IndexOf('>');
                end = end < 0 ? -1 : start + end;
                if (end > start)
                {
                    AddLink(line, start + 1, end, lineNo, output, taken);
                }
            }
            else
            {
                end = start;
                var depth = 0;
                while (end < line.Length && line[end] != ' ' && !(line[end] == ')' && depth == 0))
                {
                    depth += line[end] == '(' ? 1 : line[end] == ')' ? -1 : 0;
                    end++;
                }

                AddLink(line, start, end, lineNo, output, taken);
            }

            at = IndexOf(line, "](", Math.Max(end, at + 2));
        }

        if (line.Contains("]:", StringComparison.Ordinal) && !(codeSpans is { Count: > 0 } && InCode(line, line.IndexOf("]:", StringComparison.Ordinal), codeSpans)))
        {
            foreach (var def in ReferenceDefinition().EnumerateMatches(line))
            {
                // The match ends with the target: after the first ']' (the label holds none), ':', blanks and an optional '<'.
                var target = def.Index + line.Slice(def.Index, def.Length).IndexOf(']') + 2;
                while (char.IsWhiteSpace(line[target]))
                {
                    target++;
                }

                Destination(line, target, def.Index + def.Length, lineNo, output, taken);
            }
        }

        if (MayContainAttribute(line))
        {
            foreach (Match m in HtmlAttribute().Matches(line.ToString()))
            {
                var g = m.Groups["target"];
                AddLink(line, g.Index, g.Index + g.Length, lineNo, output, taken);
            }
        }
    }

    /// <summary>
    /// A reference definition's destination at <c>line[start..end]</c> (after an optional '&lt;'); a destination in
    /// parentheses (<c>[#top]: (#top)</c>) is malformed, not a file named '('.
    /// </summary>
    public static void Destination(ReadOnlySpan<char> line, int start, int end, int lineNo, List<RawReference> output, List<(int Start, int End)>? taken = null)
    {
        if (start >= line.Length || line[start] == '(')
        {
            return;
        }

        start += line[start] == '<' ? 1 : 0;
        var stop = line[start..end].IndexOfAny(" \t>");
        end = stop < 0 ? end : start + stop;
        var before = output.Count;
        AddLink(line, start, end, lineNo, output, taken ?? []);
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

    /// <summary>The index of <paramref name="value"/> in <paramref name="line"/> at or after <paramref name="from"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> line, string value, int from)
    {
        if (from > line.Length)
        {
            return -1;
        }

        var found = line[from..].IndexOf(value, StringComparison.Ordinal);
        return found < 0 ? -1 : from + found;
    }

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

    [GeneratedRegex(@"^\s{0,3}\[[^\]^][^\]]*\]:\s*<?(?<target>[^\s>]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceDefinition();

    // A bound attribute (Vue's ":href", "v-bind:src" in VitePress pages) holds an expression, not a URL.
    [GeneratedRegex(@"(?<![\w:.\-])(?:src|href)\s*=\s*[""'](?<target>[^""']*)[""']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAttribute();
}
