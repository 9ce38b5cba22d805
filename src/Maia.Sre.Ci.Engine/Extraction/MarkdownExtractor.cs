using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// Markdown: links and images to local paths (any file), reference definitions, HTML <c>src</c>/<c>href</c>, and
/// tool-extension tokens in inline code, fenced code, lists and prose. HTML comments are skipped except for directives.
/// </summary>
public sealed partial class MarkdownExtractor : IReferenceExtractor
{
    /// <summary>A shared instance.</summary>
    public static readonly MarkdownExtractor Instance = new();

    private static readonly System.Buffers.SearchValues<char> WordBreaks = System.Buffers.SearchValues.Create(" \t(<\"'`[");

    /// <inheritdoc/>
    public void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output)
    {
        var inComment = false;
        char fence = '\0';
        var fenceLength = 0;
        var spans = new List<(int Start, int Length)>();
        var taken = new List<(int Start, int End)>();
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var line = text.Lines[i];
            var lineNo = i + 1;
            var trimmed = line.AsSpan().TrimStart();
            if (!inComment && IsFence(trimmed, out var marker, out var count))
            {
                if (fence == '\0')
                {
                    fence = marker;
                    fenceLength = count;
                }
                else if (marker == fence && count >= fenceLength && trimmed.Trim().Length == count)
                {
                    fence = '\0';
                }

                continue;
            }

            taken.Clear();
            var visible = fence == '\0' ? MaskComments(line, ref inComment) : line;
            if (fence == '\0')
            {
                FindLinks(visible, lineNo, output.References, taken);
            }

            spans.Clear();
            PathTokenScanner.Scan(visible, extensions, spans);
            foreach (var (start, length) in spans)
            {
                if (!Overlaps(taken, start, start + length) && !IsUrlTail(visible, start))
                {
                    output.References.Add(new RawReference(line.Substring(start, length), lineNo, start + 1, length, ReferenceKind.Tool));
                }
            }
        }
    }

    private static bool IsFence(ReadOnlySpan<char> trimmed, out char marker, out int count)
    {
        marker = '\0';
        count = 0;
        if (trimmed.Length < 3 || (trimmed[0] != '`' && trimmed[0] != '~'))
        {
            return false;
        }

        marker = trimmed[0];
        while (count < trimmed.Length && trimmed[count] == marker)
        {
            count++;
        }

        return count >= 3;
    }

    /// <summary>Replaces HTML comment text with spaces (keeping columns) and tracks comments spanning lines.</summary>
    internal static string MaskComments(string line, ref bool inComment)
    {
        if (!inComment && !line.Contains("<!--", StringComparison.Ordinal))
        {
            return line;
        }

        var chars = line.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            if (inComment)
            {
                var end = line.IndexOf("-->", i, StringComparison.Ordinal);
                var stop = end < 0 ? chars.Length : end + 3;
                Array.Fill(chars, ' ', i, stop - i);
                inComment = end < 0;
                i = stop;
            }
            else
            {
                var begin = line.IndexOf("<!--", i, StringComparison.Ordinal);
                if (begin < 0)
                {
                    break;
                }

                inComment = true;
                i = begin;
            }
        }

        return new string(chars);
    }

    private static void FindLinks(string line, int lineNo, List<RawReference> output, List<(int Start, int End)> taken)
    {
        var at = line.IndexOf("](", StringComparison.Ordinal);
        while (at >= 0)
        {
            if (InCodeSpan(line, at))
            {
                at = line.IndexOf("](", at + 2, StringComparison.Ordinal);
                continue;
            }

            // The link text names the same file as its target; count the link once.
            var bracket = line.LastIndexOf('[', at);
            if (bracket >= 0)
            {
                taken.Add((bracket, at));
            }

            var start = at + 2;
            while (start < line.Length && line[start] == ' ')
            {
                start++;
            }

            int end;
            if (start < line.Length && line[start] == '<')
            {
                end = line.IndexOf('>', start);
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

            at = line.IndexOf("](", Math.Max(end, at + 2), StringComparison.Ordinal);
        }

        if (line.Contains("]:", StringComparison.Ordinal))
        {
            var def = ReferenceDefinition().Match(line);
            if (def.Success)
            {
                var g = def.Groups["target"];
                AddLink(line, g.Index, g.Index + g.Length, lineNo, output, taken);
            }
        }

        if (line.Contains("src", StringComparison.OrdinalIgnoreCase) || line.Contains("href", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in HtmlAttribute().Matches(line))
            {
                var g = m.Groups["target"];
                AddLink(line, g.Index, g.Index + g.Length, lineNo, output, taken);
            }
        }
    }

    /// <summary>True when <paramref name="index"/> lies inside an inline code span (an odd number of backticks before it).</summary>
    private static bool InCodeSpan(string line, int index)
    {
        var ticks = 0;
        for (var i = 0; i < index; i++)
        {
            ticks += line[i] == '`' ? 1 : 0;
        }

        return ticks % 2 == 1;
    }

    private static void AddLink(string line, int start, int end, int lineNo, List<RawReference> output, List<(int Start, int End)> taken)
    {
        if (end <= start)
        {
            return;
        }

        var raw = line[start..end];
        taken.Add((start, end));
        if (raw.Length > 1 && raw[0] == '#')
        {
            output.Add(new RawReference(raw, lineNo, start + 1, end - start, ReferenceKind.Anchor, raw[1..]));
            return;
        }

        if (LinkTargets.IsExternalOrAnchor(raw))
        {
            return;
        }

        var (path, fragment) = LinkTargets.Split(raw);
        if (path.Length > 0)
        {
            var plain = fragment is not null && raw.AsSpan(0, raw.IndexOf('#', StringComparison.Ordinal)).Contains("plain=1", StringComparison.Ordinal);
            output.Add(new RawReference(path, lineNo, start + 1, end - start, ReferenceKind.Link, fragment, plain));
        }
    }

    private static bool Overlaps(List<(int Start, int End)> taken, int start, int end)
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

    /// <summary>True when the token is the tail of a URL (<c>https://host/x.sh</c> or <c>host.com/x.sh</c> after a scheme).</summary>
    internal static bool IsUrlTail(string line, int start)
    {
        if (start == 0)
        {
            return false;
        }

        if (start >= 1 && line[start - 1] == ':' && start + 1 < line.Length && line[start] == '/' && line[start + 1] == '/')
        {
            return true;
        }

        // Tokens inside a longer URL-looking word: look back to the last space for "://".
        var wordStart = line.AsSpan(0, start).LastIndexOfAny(WordBreaks) + 1;
        return line.AsSpan(wordStart, start - wordStart).Contains("://", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*<?(?<target>[^\s>]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"\b(?:src|href)\s*=\s*[""'](?<target>[^""']*)[""']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAttribute();
}
