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
    /// <summary>The anchors of <paramref name="text"/>.</summary>
    public static FileAnchors Collect(SourceText text)
    {
        var ids = new List<string>();
        var counter = new SlugCounter();
        var paragraph = new List<string>();
        var fence = default(MarkdownBlocks.Fence);
        var inComment = false;
        var start = MarkdownBlocks.FrontMatterEnd(text.Lines);
        for (var i = start; i < text.Lines.Count; i++)
        {
            var line = text.Lines[i];
            if (!inComment && MarkdownBlocks.UpdateFence(line, ref fence))
            {
                paragraph.Clear();
                continue;
            }

            if (fence.Marker != '\0')
            {
                continue;
            }

            var visible = MarkdownBlocks.MaskComments(line, ref inComment);
            HtmlAnchors.Collect(visible, ids);
            var indent = MarkdownBlocks.Indent(visible);
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
                ids.Add(counter.Next(HeadingText.Plain(atx)));
                paragraph.Clear();
            }
            else if (HtmlAnchors.HeadingContent(body) is { } html)
            {
                ids.Add(counter.Next(HeadingText.Plain(html)));
                paragraph.Clear();
            }
            else if (paragraph.Count > 0 && indent < 4 && MarkdownBlocks.IsSetextUnderline(body))
            {
                ids.Add(counter.Next(HeadingText.Plain(string.Join('\n', paragraph))));
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

        return new FileAnchors(ids.Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList(), text.Lines.Count, isMarkdown: true);
    }
}
