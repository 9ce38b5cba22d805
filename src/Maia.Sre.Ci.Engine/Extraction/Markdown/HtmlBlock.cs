namespace Maia.Sre.Ci.Extraction.Markdown;

/// <summary>
/// CommonMark's HTML blocks, which GitHub passes through as HTML: Markdown inside them (<c>[a](b.md)</c>, headings,
/// code spans) is text, and only their HTML attributes link. The seven kinds by how they start and end: raw text
/// elements (<c>&lt;pre&gt;</c>, <c>&lt;script&gt;</c>, …) up to their closing tag, comments, processing instructions,
/// declarations and CDATA up to their terminators, block-level tags (<c>&lt;div&gt;</c>, <c>&lt;details&gt;</c>, …) and
/// any other lone tag up to a blank line.
/// </summary>
internal static class HtmlBlock
{
    /// <summary>Not in an HTML block.</summary>
    public const int None = 0;

    /// <summary>An HTML comment (<c>&lt;!-- … --&gt;</c>).</summary>
    public const int Comment = 2;

    /// <summary>The block-level tag names (kind 6), lower case.</summary>
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    };

    private static readonly string[] RawTextTags = ["pre", "script", "style", "textarea"];

    /// <summary>
    /// The kind of HTML block <paramref name="trimmed"/> (a line's content, up to three blanks in) starts, or
    /// <see cref="None"/>. A lone tag (kind 7) cannot interrupt a paragraph (<paramref name="inParagraph"/>).
    /// </summary>
    public static int Start(ReadOnlySpan<char> trimmed, bool inParagraph)
    {
        if (trimmed.Length < 2 || trimmed[0] != '<')
        {
            return None;
        }

        var rest = trimmed[1..];
        foreach (var tag in RawTextTags)
        {
            if (rest.StartsWith(tag, StringComparison.OrdinalIgnoreCase) && (rest.Length == tag.Length || rest[tag.Length] is ' ' or '\t' or '>'))
            {
                return 1;
            }
        }

        if (rest.StartsWith("!--", StringComparison.Ordinal))
        {
            return Comment;
        }

        if (rest[0] == '?')
        {
            return 3;
        }

        if (rest.StartsWith("![CDATA[", StringComparison.Ordinal))
        {
            return 5;
        }

        if (rest[0] == '!' && rest.Length > 1 && char.IsAsciiLetter(rest[1]))
        {
            return 4;
        }

        var closing = rest[0] == '/';
        var name = closing ? rest[1..] : rest;
        var length = 0;
        while (length < name.Length && (char.IsAsciiLetterOrDigit(name[length]) || name[length] == '-'))
        {
            length++;
        }

        if (length == 0 || !char.IsAsciiLetter(name[0]))
        {
            return None;
        }

        var after = name[length..];
        if (BlockTags.Contains(name[..length].ToString()) && (after.IsEmpty || after[0] is ' ' or '\t' or '>' || after.StartsWith("/>", StringComparison.Ordinal)))
        {
            return 6;
        }

        // Any other complete tag alone on its line.
        var end = HtmlTag.End(trimmed, 0);
        return !inParagraph && end > 0 && trimmed[end..].IsWhiteSpace() ? 7 : None;
    }

    /// <summary>True when <paramref name="line"/> ends an HTML block of kind <paramref name="kind"/> (kinds 6 and 7 end before a blank line instead).</summary>
    public static bool Ends(int kind, ReadOnlySpan<char> line) => kind switch
    {
        1 => Contains(line, "</pre>") || Contains(line, "</script>") || Contains(line, "</style>") || Contains(line, "</textarea>"),
        2 => line.Contains("-->", StringComparison.Ordinal),
        3 => line.Contains("?>", StringComparison.Ordinal),
        4 => line.Contains('>'),
        5 => line.Contains("]]>", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>True for kinds that end before a blank line.</summary>
    public static bool EndsAtBlank(int kind) => kind is 6 or 7;

    private static bool Contains(ReadOnlySpan<char> line, string value) => line.Contains(value, StringComparison.OrdinalIgnoreCase);
}
