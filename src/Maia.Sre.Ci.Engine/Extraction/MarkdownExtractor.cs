using Maia.Sre.Ci.Extraction.Markdown;

namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// Markdown, block by block, as GitHub renders it. Links, images, reference definitions and HTML <c>src</c>/<c>href</c>
/// are read (<see cref="ReferenceRole.Read"/>). Fenced and indented code blocks are read in their language: shell,
/// terminal sessions, PowerShell and batch as command lines (so a script an interpreter runs is
/// <see cref="ReferenceRole.Run"/>), any other language as a code sample whose paths are examples. Inline code is a
/// command line or a path (<see cref="InlineCode"/>); tool tokens in prose are mentions. Front matter, HTML comments
/// (except directives) and folder trees hold no references; a section whose heading says its files are retired or
/// planned marks its references so.
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
        var block = new CodeBlock(extensions, output);
        var inComment = false;
        var frontMatter = text.LineCount > 0 && text.Line(0).TrimEnd().SequenceEqual("---");
        string? retired = null;
        var previousBlank = true;
        var listContext = false;
        var pendingDefinition = false;
        var codeSpans = new List<(int Start, int End)>();
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i);
            var lineNo = i + 1;
            if (frontMatter)
            {
                frontMatter = i == 0 || !(line.TrimEnd().SequenceEqual("---") || line.TrimEnd().SequenceEqual("..."));
                continue;
            }

            if (block.InFence)
            {
                block.FenceLine(line, lineNo, retired);
                continue;
            }

            var trimmed = line.TrimStart();
            var indent = line.Length - trimmed.Length;
            if (!inComment && indent < 4 && block.TryOpenFence(trimmed, indent))
            {
                previousBlank = false;
                continue;
            }

            var blank = trimmed.IsEmpty;
            if (!inComment && !blank && IsIndentedCode(line, indent, previousBlank, listContext, block.InIndentedCode))
            {
                block.IndentedLine(line, lineNo, retired);
                continue;
            }

            block.EndIndented();
            if (!blank && indent < 4)
            {
                listContext = IsListItem(trimmed) || (listContext && !previousBlank);
            }

            previousBlank = blank;
            if (blank)
            {
                continue;
            }

            if (!inComment && Heading(trimmed) is { } heading)
            {
                retired = Analysis.RetiredContext.Find(heading);
            }

            if (pendingDefinition)
            {
                pendingDefinition = false;
                if (!inComment && indent < 4 && trimmed.IndexOfAny(' ', '\t') < 0)
                {
                    // "[id]:" with the destination on the next line.
                    MarkdownLinks.Destination(line, indent, line.Length, lineNo, output.References);
                    continue;
                }
            }

            Prose(text, i, line, lineNo, ref inComment, codeSpans, extensions, output, retired);
            pendingDefinition = !inComment && MarkdownLinks.IsBareDefinition(line);
        }
    }

    /// <summary>One line of ordinary Markdown: links, inline code and tool tokens in prose.</summary>
    private static void Prose(SourceText text, int i, ReadOnlySpan<char> line, int lineNo, ref bool inComment, List<(int Start, int End)> codeSpans, ExtensionSet extensions, ExtractionOutput output, string? retired)
    {
        var taken = output.Taken;
        taken.Clear();
        codeSpans.Clear();
        var visible = line;

        // Comments, links, definitions and attributes all need one of ']', '<' or '=': one vectorised pass rules out
        // most lines before any of the specific searches.
        if (inComment || line.IndexOfAny(LinkOrCommentChars) >= 0)
        {
            if (inComment || line.Contains("<!--", StringComparison.Ordinal))
            {
                visible = MaskComments(text.Lines[i], ref inComment);
            }
        }

        if (visible.Contains('`'))
        {
            CodeSpans.Find(visible, codeSpans);
        }

        if (MarkdownLinks.MayContainLinks(visible))
        {
            var before = output.References.Count;
            MarkdownLinks.Find(visible, lineNo, output.References, taken, codeSpans);
            for (var r = before; r < output.References.Count; r++)
            {
                output.References[r] = output.References[r] with { Role = ReferenceRole.Read, Retired = retired };
            }
        }

        if (SiteTags.MayContainTags(visible))
        {
            SiteTags.Find(visible.ToString(), lineNo, output.References, taken, codeSpans, retired);
        }

        var tree = IsTreeLine(visible);
        foreach (var (start, end) in codeSpans)
        {
            if (!MarkdownLinks.Overlaps(taken, start, end) && !tree)
            {
                InlineCode.Extract(visible, start, end, lineNo, extensions, output, retired);
            }
        }

        var spans = output.Spans;
        spans.Clear();
        PathTokenScanner.Scan(visible, extensions, spans);
        foreach (var (start, length) in spans)
        {
            if (MarkdownLinks.Overlaps(taken, start, start + length) || CodeSpans.Inside(codeSpans, start) || IsUrlTail(visible, start))
            {
                continue;
            }

            output.References.Add(new RawReference(line.Slice(start, length).ToString(), lineNo, start + 1, length, ReferenceKind.Tool)
            {
                Role = tree ? ReferenceRole.Example : ReferenceRole.Mention,
                Doubt = tree ? "it is part of a folder tree" : null,
                Retired = retired,
            });
        }
    }

    /// <summary>The text of an ATX heading (<c>## Deprecated</c>), or null.</summary>
    private static string? Heading(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length < 2 || trimmed[0] != '#')
        {
            return null;
        }

        var level = 0;
        while (level < trimmed.Length && trimmed[level] == '#')
        {
            level++;
        }

        return level <= 6 && level < trimmed.Length && trimmed[level] is ' ' or '\t' ? trimmed[level..].Trim().ToString() : null;
    }

    /// <summary>True for a list item's first line (<c>- x</c>, <c>* x</c>, <c>+ x</c>, <c>1. x</c>, <c>1) x</c>).</summary>
    private static bool IsListItem(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length >= 2 && trimmed[0] is '-' or '*' or '+' && trimmed[1] is ' ' or '\t')
        {
            return true;
        }

        var digits = 0;
        while (digits < trimmed.Length && digits < 10 && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < trimmed.Length && trimmed[digits] is '.' or ')' && trimmed[digits + 1] is ' ' or '\t';
    }

    /// <summary>
    /// True for a line of an indented code block: four spaces in, after a blank line (or the block's own lines), and
    /// not a list item's continued text.
    /// </summary>
    private static bool IsIndentedCode(ReadOnlySpan<char> line, int indent, bool previousBlank, bool listContext, bool inBlock) =>
        (indent >= 4 || (line.Length > 0 && line[0] == '\t')) && (inBlock || (previousBlank && !listContext));

    /// <summary>True for a line of a drawn folder tree (<c>├── x</c>, <c>│   └── y</c>).</summary>
    internal static bool IsTreeLine(ReadOnlySpan<char> line) =>
        line.IndexOfAny('├', '└', '│') >= 0 || line.TrimStart().StartsWith("|--", StringComparison.Ordinal)
        || line.TrimStart().StartsWith("`--", StringComparison.Ordinal) || line.TrimStart().StartsWith("+--", StringComparison.Ordinal);

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
