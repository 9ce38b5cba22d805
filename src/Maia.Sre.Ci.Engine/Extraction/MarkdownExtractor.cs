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
        // Front matter is closed by "---" or "..."; an unclosed "---" is a thematic break, and the file is Markdown.
        var frontMatter = Anchors.MarkdownBlocks.FrontMatterEnd(text) > 0;
        string? retired = null;
        var previousBlank = true;
        var listContext = false;
        var listIndent = 0;
        var pendingDefinition = false;
        var inParagraph = false;
        var openBrackets = 0;
        var html = HtmlBlock.None;
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
            var columns = Anchors.MarkdownBlocks.Indent(line);

            // Inside a list item, code starts four columns past the item's text, not the margin.
            var margin = listContext ? listIndent : 0;
            if (!inComment && html == HtmlBlock.None && columns < margin + 4 && block.TryOpenFence(trimmed, indent))
            {
                previousBlank = false;
                inParagraph = false;
                continue;
            }

            var blank = trimmed.IsEmpty;
            if (!inComment && html == HtmlBlock.None && !blank && columns >= margin + 4 && (block.InIndentedCode || !inParagraph))
            {
                block.IndentedLine(line, lineNo, retired);
                continue;
            }

            block.EndIndented();
            if (!blank)
            {
                var item = ListItemText(trimmed);
                if (item > 0 && (columns < 4 || (listContext && columns < listIndent + 4)))
                {
                    listContext = true;
                    listIndent = columns + item;
                }
                else
                {
                    listContext = listContext && (!previousBlank || columns >= listIndent);
                }
            }

            previousBlank = blank;
            if (blank)
            {
                inParagraph = false;
                openBrackets = 0;
                html = HtmlBlock.EndsAtBlank(html) ? HtmlBlock.None : html;
                continue;
            }

            if (html == HtmlBlock.None && !inComment && columns < margin + 4)
            {
                html = HtmlBlock.Start(ContentAfterMarkers(trimmed), inParagraph);
            }

            var heading = inComment || html != HtmlBlock.None ? null : Heading(trimmed);
            if (heading is not null)
            {
                retired = Analysis.RetiredContext.FindInHeading(heading);
                openBrackets = 0;
            }

            if (pendingDefinition)
            {
                pendingDefinition = false;

                // "[id]:" with the destination on the next line.
                if (!inComment && indent < 4 && MarkdownLinks.NextLineDestination(line, indent, lineNo, output.References))
                {
                    continue;
                }
            }

            openBrackets = Prose(text, i, line, lineNo, ref inComment, codeSpans, extensions, output, retired, openBrackets, html != HtmlBlock.None);
            pendingDefinition = !inComment && html == HtmlBlock.None && MarkdownLinks.IsBareDefinition(line);
            inParagraph = heading is null && html == HtmlBlock.None && !IsThematicBreak(trimmed);
            html = html != HtmlBlock.None && HtmlBlock.Ends(html, line) ? HtmlBlock.None : html;
        }
    }

    /// <summary>One line of ordinary Markdown: links, inline code and tool tokens in prose.</summary>
    /// <returns>The link texts still open at the line's end (<see cref="MarkdownLinks.Find"/>).</returns>
    private static int Prose(SourceText text, int i, ReadOnlySpan<char> line, int lineNo, ref bool inComment, List<(int Start, int End)> codeSpans, ExtensionSet extensions, ExtractionOutput output, string? retired, int openBrackets, bool rawHtml)
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

        if (openBrackets != 0 || visible.Contains('[') || MarkdownLinks.MayContainLinks(visible))
        {
            var before = output.References.Count;
            openBrackets = MarkdownLinks.Find(visible, lineNo, output.References, taken, codeSpans, openBrackets, rawHtml);
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

        return openBrackets;
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

    /// <summary>
    /// For a list item's first line (<c>- x</c>, <c>* x</c>, <c>+ x</c>, <c>1. x</c>, <c>1) x</c>), where its text
    /// starts (the marker and up to four blanks after it); 0 for other lines.
    /// </summary>
    private static int ListItemText(ReadOnlySpan<char> trimmed)
    {
        var marker = 0;
        if (trimmed.Length >= 2 && trimmed[0] is '-' or '*' or '+')
        {
            marker = 1;
        }
        else
        {
            while (marker < trimmed.Length && marker < 9 && char.IsAsciiDigit(trimmed[marker]))
            {
                marker++;
            }

            marker = marker > 0 && marker + 1 < trimmed.Length && trimmed[marker] is '.' or ')' ? marker + 1 : 0;
        }

        if (marker == 0 || marker >= trimmed.Length || trimmed[marker] is not (' ' or '\t'))
        {
            return 0;
        }

        var blanks = 1;
        while (blanks < 5 && marker + blanks < trimmed.Length && trimmed[marker + blanks] == ' ')
        {
            blanks++;
        }

        // Five or more blanks: the text is indented code, and the item's text starts one blank after the marker.
        return marker + (blanks >= 5 || marker + blanks == trimmed.Length ? 1 : blanks);
    }

    /// <summary>The line's content after list and quote markers (<c>- </c>, <c>1. </c>, <c>&gt; </c>), where a block can start.</summary>
    private static ReadOnlySpan<char> ContentAfterMarkers(ReadOnlySpan<char> trimmed)
    {
        while (true)
        {
            var item = ListItemText(trimmed);
            if (item > 0)
            {
                trimmed = trimmed[item..].TrimStart();
            }
            else if (trimmed.Length > 0 && trimmed[0] == '>')
            {
                trimmed = trimmed[1..].TrimStart();
            }
            else
            {
                return trimmed;
            }
        }
    }

    /// <summary>True for a thematic break (<c>---</c>, <c>* * *</c>, <c>___</c>), which ends a paragraph.</summary>
    private static bool IsThematicBreak(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length < 3 || trimmed[0] is not ('-' or '*' or '_'))
        {
            return false;
        }

        var count = 0;
        foreach (var c in trimmed)
        {
            if (c == trimmed[0])
            {
                count++;
            }
            else if (c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

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
