namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// Markdown: links and images to local paths (any file), reference definitions, HTML <c>src</c>/<c>href</c>, and
/// tool-extension tokens in inline code, fenced code, lists and prose. HTML comments are skipped except for directives.
/// </summary>
public sealed class MarkdownExtractor : IReferenceExtractor
{
    /// <summary>A shared instance.</summary>
    public static readonly MarkdownExtractor Instance = new();

    private static readonly System.Buffers.SearchValues<char> LinkOrCommentChars = System.Buffers.SearchValues.Create("]<=");
    private static readonly System.Buffers.SearchValues<char> WordBreaks = System.Buffers.SearchValues.Create(" \t(<\"'`[");

    /// <inheritdoc/>
    public void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output)
    {
        var inComment = false;
        char fence = '\0';
        var fenceLength = 0;
        var spans = output.Spans;
        var taken = output.Taken;
        for (var i = 0; i < text.LineCount; i++)
        {
            // Lines are looked at as spans; a line becomes a string only when it holds an HTML comment.
            var line = text.Line(i);
            var lineNo = i + 1;
            var trimmed = line.TrimStart();
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
            var visible = line;
            string? masked = null;

            // Comments, links, definitions and attributes all need one of ']', '<' or '=': one vectorised pass rules
            // out most lines before any of the specific searches.
            if (fence == '\0' && (inComment || line.IndexOfAny(LinkOrCommentChars) >= 0))
            {
                if (inComment || line.Contains("<!--", StringComparison.Ordinal))
                {
                    masked = MaskComments(text.Lines[i], ref inComment);
                    visible = masked;
                }

                if (MarkdownLinks.MayContainLinks(visible))
                {
                    MarkdownLinks.Find(visible, lineNo, output.References, taken);
                }
            }

            spans.Clear();
            PathTokenScanner.Scan(visible, extensions, spans);
            foreach (var (start, length) in spans)
            {
                if (!MarkdownLinks.Overlaps(taken, start, start + length) && !IsUrlTail(visible, start))
                {
                    output.References.Add(new RawReference(line.Slice(start, length).ToString(), lineNo, start + 1, length, ReferenceKind.Tool));
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

    /// <summary>True when the token is the tail of a URL (<c>https://host/x.sh</c> or <c>host.com/x.sh</c> after a scheme).</summary>
    internal static bool IsUrlTail(ReadOnlySpan<char> line, int start)
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
        var wordStart = line[..start].LastIndexOfAny(WordBreaks) + 1;
        return line[wordStart..start].Contains("://", StringComparison.Ordinal);
    }
}
