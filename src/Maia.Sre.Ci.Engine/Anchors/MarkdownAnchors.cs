using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Anchors;

/// <summary>
/// Collects a Markdown document's anchors in document order: ATX (<c>## x</c>) and setext (<c>===</c>, <c>---</c>)
/// headings and one-line HTML headings (<c>&lt;h2&gt;x&lt;/h2&gt;</c>) through <see cref="SlugCounter"/>, plus every
/// explicit <c>id="…"</c> or <c>name="…"</c> attribute. Fenced and indented code, HTML comments and front matter
/// hold no anchors.
/// </summary>
public static class MarkdownAnchors
{
    /// <summary>The anchors of <paramref name="text"/>, with a documentation site's heading ids too when <paramref name="style"/> says so.</summary>
    public static FileAnchors Collect(SourceText text, HeadingIdStyle style = HeadingIdStyle.GitHub)
    {
        var headings = new HeadingIds(style);
        var ids = headings.Ids;
        var paragraph = new Paragraph(text);
        var fence = default(MarkdownBlocks.Fence);
        var inComment = false;
        var start = MarkdownBlocks.FrontMatterEnd(text);
        for (var i = start; i < text.LineCount; i++)
        {
            // Most lines of a document are plain paragraph text; they are classified on the span, and only the
            // others (headings, fences, lists, HTML, quotes) are made strings and go through the full recognition.
            if (!inComment && IsPlainText(text.Line(i), out var blank, out var indent))
            {
                if (fence.Marker != '\0')
                {
                    continue;
                }

                if (blank)
                {
                    paragraph.Clear();
                }
                else if (indent < 4 || paragraph.Count > 0)
                {
                    paragraph.Add(i);
                }

                continue;
            }

            // Fences and bullet items are recognised on the span too; the rest are made strings.
            var span = text.Line(i);
            if (!inComment && MarkdownBlocks.UpdateFence(span, ref fence))
            {
                paragraph.Clear();
                continue;
            }

            if (fence.Marker != '\0')
            {
                continue;
            }

            if (!inComment && IsBulletItem(span))
            {
                // "- ## Heading": a heading inside a list item still gets its id on GitHub.
                var item = span.TrimStart()[1..].TrimStart();
                if (item.Length > 0 && item[0] == '#' && MarkdownBlocks.AtxContent(item.ToString()) is { } inList)
                {
                    AddHeading(inList, headings);
                }

                paragraph.Clear();
                continue;
            }

            var line = text.Lines[i];
            var visible = MarkdownBlocks.MaskComments(line, ref inComment);
            HtmlAnchors.Collect(visible, ids);
            indent = MarkdownBlocks.Indent(visible);
            var body = MarkdownBlocks.StripQuotes(visible);
            if (body.Trim().Length == 0)
            {
                paragraph.Clear();
            }
            else if (indent >= 4 && paragraph.Count == 0)
            {
                // Indented code.
            }
            else if (MarkdownBlocks.AtxContent(body) is { } atx)
            {
                AddHeading(atx, headings);
                paragraph.Clear();
            }
            else if (HtmlAnchors.HeadingContent(body) is { } html)
            {
                headings.Heading(HeadingText.Plain(html));
                paragraph.Clear();
            }
            else if (paragraph.Count > 0 && indent < 4 && MarkdownBlocks.IsSetextUnderline(body))
            {
                headings.Heading(HeadingText.Plain(paragraph.Join()));
                paragraph.Clear();
            }
            else if (MarkdownBlocks.StartsOtherBlock(body) || !ReferenceEquals(body, visible))
            {
                paragraph.Clear();
            }
            else
            {
                paragraph.Add(body.Trim());
            }
        }

        return new FileAnchors(NonEmptyDistinct(ids), text.LineCount, isMarkdown: true);
    }

    /// <summary>
    /// Adds a heading's id, and its explicit id when it ends with an attribute list (<c>## Title {#custom-id}</c>, as
    /// MkDocs, Docusaurus, Hugo and kramdown render it): then the id of the title without the attribute list counts too.
    /// </summary>
    private static void AddHeading(string content, HeadingIds headings)
    {
        var trimmed = content.TrimEnd();
        if (trimmed.EndsWith('}') && trimmed.LastIndexOf('{') is var open and >= 0)
        {
            var attributes = trimmed[(open + 1)..^1].Trim();
            var hash = attributes.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                var end = attributes.IndexOfAny([' ', '\t', '.'], hash);
                var id = end < 0 ? attributes[(hash + 1)..] : attributes[(hash + 1)..end];
                if (id.Length > 0)
                {
                    headings.Explicit(id);
                    headings.Heading(HeadingText.Plain(trimmed[..open].TrimEnd()));
                    return;
                }
            }
        }

        headings.Heading(HeadingText.Plain(content));
    }

    /// <summary>The non-empty anchors, first occurrences only, in order; in place (no set for the usual handful).</summary>
    private static List<string> NonEmptyDistinct(List<string> ids)
    {
        HashSet<string>? seen = ids.Count > FileAnchors.ListedAtMost ? new(StringComparer.Ordinal) : null;
        var kept = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            var repeat = id.Length == 0 || (seen is not null ? !seen.Add(id) : ids.IndexOf(id, 0, kept) >= 0);
            if (!repeat)
            {
                ids[kept++] = id;
            }
        }

        ids.RemoveRange(kept, ids.Count - kept);
        return ids;
    }

    /// <summary>
    /// True when <paramref name="line"/> is blank or can only be paragraph text (or indented code): it cannot open or
    /// close a fence, hold HTML or a comment, or be a heading, underline, quote, list item, table row or break.
    /// </summary>
    private static bool IsPlainText(ReadOnlySpan<char> line, out bool blank, out int indent)
    {
        var trimmed = line.Trim();
        blank = trimmed.Length == 0;
        indent = 0;
        if (blank)
        {
            return true;
        }

        if (trimmed[0] is '`' or '~' or '#' or '<' or '>' or '=' or '-' or '*' or '+' or '_' or '|' || char.IsAsciiDigit(trimmed[0]) || line.Contains('<'))
        {
            return false;
        }

        indent = MarkdownBlocks.Indent(line);
        return true;
    }

    /// <summary>
    /// True for a bullet list item with text and no HTML (up to three spaces, <c>-</c>, <c>*</c> or <c>+</c>, a blank,
    /// then something): it holds no anchor, is neither a heading nor an underline, and ends the paragraph, which is all
    /// the full recognition below would conclude.
    /// </summary>
    private static bool IsBulletItem(ReadOnlySpan<char> line)
    {
        var spaces = 0;
        while (spaces < line.Length && spaces < 4 && line[spaces] == ' ')
        {
            spaces++;
        }

        var rest = line[spaces..];
        return spaces < 4 && rest.Length >= 3 && (rest[0] is '-' or '*' or '+') && (rest[1] is ' ' or '\t')
            && !rest[2..].IsWhiteSpace() && !line.Contains('<');
    }

    /// <summary>The lines of the paragraph being read, kept as line numbers until a setext underline needs their text.</summary>
    private sealed class Paragraph(SourceText text)
    {
        private readonly List<(int Line, string? Text)> lines = [];

        public int Count => lines.Count;

        public void Add(int line) => lines.Add((line, null));

        public void Add(string trimmed) => lines.Add((-1, trimmed));

        public void Clear() => lines.Clear();

        public string Join() => string.Join('\n', lines.Select(l => l.Text ?? text.Line(l.Line).Trim().ToString()));
    }
}
