using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Extraction.Markdown;

namespace Maia.Sre.Ci.Anchors;

/// <summary>
/// Collects a Markdown document's anchors in document order: ATX (<c>## x</c>, in list items and quotes too) and
/// setext (<c>===</c>, <c>---</c>) headings through <see cref="SlugCounter"/> as GitHub numbers them, one-line HTML
/// headings (<c>&lt;h2&gt;x&lt;/h2&gt;</c>) and explicit <c>{#id}</c> attribute lists as documentation sites give them,
/// plus every <c>id="…"</c> or <c>name="…"</c> attribute of an HTML tag. Fenced and indented code, HTML blocks
/// (apart from their tags), HTML comments and front matter hold no headings.
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
        var fenceQuotes = 0;
        var html = HtmlBlock.None;
        var inComment = false;
        var start = MarkdownBlocks.FrontMatterEnd(text);
        for (var i = start; i < text.LineCount; i++)
        {
            var span = text.Line(i);

            // A fence opened in a block quote ends with the quote.
            if (fence.Marker != '\0' && fenceQuotes > 0 && MarkdownBlocks.QuoteDepth(span) < fenceQuotes)
            {
                fence = default;
            }

            // Most lines of a document are plain paragraph text; they are classified on the span, and only the
            // others (headings, fences, lists, HTML, quotes) are made strings and go through the full recognition.
            if (!inComment && html == HtmlBlock.None && IsPlainText(span, out var blank, out var indent))
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

            // Fences, in block quotes too, are recognised on the span.
            if (!inComment && html == HtmlBlock.None && MarkdownBlocks.UpdateFence(MarkdownBlocks.WithoutQuotes(span), ref fence))
            {
                fenceQuotes = fence.Marker == '\0' ? 0 : MarkdownBlocks.QuoteDepth(span);
                paragraph.Clear();
                continue;
            }

            if (fence.Marker != '\0')
            {
                continue;
            }

            var line = text.Lines[i];
            var visible = MarkdownBlocks.MaskComments(line, ref inComment);
            if (html != HtmlBlock.None)
            {
                // Markdown in an HTML block is text; its tags keep their ids.
                HtmlAnchors.Collect(visible, ids);
                AddHtmlHeading(visible, headings);
                html = HtmlBlock.Ends(html, line) || (HtmlBlock.EndsAtBlank(html) && line.AsSpan().IsWhiteSpace()) ? HtmlBlock.None : html;
                paragraph.Clear();
                continue;
            }

            indent = MarkdownBlocks.Indent(visible);
            var body = MarkdownBlocks.StripQuotes(visible);
            if (body.AsSpan().Trim().Length == 0)
            {
                paragraph.Clear();
                continue;
            }

            if (indent >= 4 && paragraph.Count == 0)
            {
                continue; // indented code
            }

            HtmlAnchors.Collect(visible, ids);
            var content = MarkdownBlocks.AfterListMarkers(body, out var listItem);
            if (content.Length > 0 && content[0] == '#' && MarkdownBlocks.AtxContent(content.ToString()) is { } atx)
            {
                // Headings in list items ("- ## x", "1. ## x", "> - ## x") get their ids on GitHub too.
                AddHeading(atx, headings);
                paragraph.Clear();
            }
            else if (AddHtmlHeading(body, headings))
            {
                paragraph.Clear();
            }
            else if (!listItem && paragraph.Count > 0 && indent < 4 && MarkdownBlocks.IsSetextUnderline(body))
            {
                headings.Heading(HeadingText.Plain(paragraph.Join()));
                paragraph.Clear();
            }
            else if (!inComment && HtmlBlock.Start(content, paragraph.Count > 0 && !listItem) is var kind and not HtmlBlock.None)
            {
                // Comments are masked line by line (MaskComments); the other kinds hide the Markdown after them.
                html = kind == HtmlBlock.Comment || HtmlBlock.Ends(kind, line) ? HtmlBlock.None : kind;
                paragraph.Clear();
            }
            else if (listItem || MarkdownBlocks.StartsOtherBlock(body) || !ReferenceEquals(body, visible))
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
    /// Adds the id of a heading written in HTML on one line (<c>&lt;h2&gt;Usage&lt;/h2&gt;</c>). GitHub gives such
    /// headings no id, but documentation sites do; the id is outside GitHub's count of duplicates.
    /// </summary>
    private static bool AddHtmlHeading(string line, HeadingIds headings)
    {
        if (HtmlAnchors.HeadingContent(line) is not { } content)
        {
            return false;
        }

        headings.Uncounted(HeadingText.Plain(content), site: true);
        return true;
    }

    /// <summary>
    /// Adds a heading's id, and its explicit id when it ends with an attribute list (<c>## Title {#custom-id}</c>, as
    /// MkDocs, Docusaurus, Hugo and kramdown render it): then the id of the title without the attribute list counts too,
    /// besides GitHub's id of the whole line.
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
                    // GitHub renders the attribute list as text, so its id (counted) is the whole line's; the others
                    // are what the site generators give, outside GitHub's count of duplicates.
                    headings.Explicit(id);
                    headings.Uncounted(HeadingText.Plain(trimmed[..open].TrimEnd()), site: false);
                    headings.GitHubOnly(HeadingText.Plain(content));
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
