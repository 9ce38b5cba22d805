using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Anchors;

/// <summary>Explicit anchors in HTML: <c>id="x"</c> and <c>name="x"</c> attributes, and one-line HTML headings.</summary>
internal static partial class HtmlAnchors
{
    /// <summary>Adds the value of every <c>id</c> or <c>name</c> attribute inside a tag on <paramref name="line"/>, outside code spans.</summary>
    public static void Collect(string line, List<string> ids)
    {
        if (!line.Contains('<', StringComparison.Ordinal) || !line.Contains('=', StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match m in Attribute().Matches(line))
        {
            // Inside a tag that is whole on the line, or goes on to the next one ({{< shortcode id="x" >}} is text).
            var tagStart = line.LastIndexOf('<', m.Index);
            var tagEnd = line.LastIndexOf('>', m.Index);
            var whole = tagStart >= 0 && Extraction.Markdown.HtmlTag.End(line, tagStart) > m.Index;
            var open = tagStart >= 0 && tagStart + 1 < line.Length && char.IsAsciiLetter(line[tagStart + 1]) && line.IndexOf('>', m.Index) < 0;
            if (tagStart >= 0 && tagEnd < tagStart && (whole || open) && !InCodeSpan(line, tagStart))
            {
                var value = m.Groups["double"].Success ? m.Groups["double"].Value : m.Groups["single"].Success ? m.Groups["single"].Value : m.Groups["bare"].Value;
                if (value.Length > 0)
                {
                    ids.Add(value);
                }
            }
        }
    }

    /// <summary>The inner Markdown of a heading written in HTML on one line (<c>&lt;h2 align="center"&gt;x&lt;/h2&gt;</c>), or null.</summary>
    public static string? HeadingContent(string line)
    {
        // Every line of a document comes here: rule out the ones that do not start with "<h" before the regex runs.
        var start = line.AsSpan().TrimStart();
        if (start.Length < 4 || start[0] != '<' || (start[1] | 0x20) != 'h')
        {
            return null;
        }

        var m = Heading().Match(line);
        return m.Success ? m.Groups["text"].Value.Trim() : null;
    }

    private static bool InCodeSpan(string line, int index)
    {
        var ticks = 0;
        for (var i = 0; i < index; i++)
        {
            ticks += line[i] == '`' ? 1 : 0;
        }

        return ticks % 2 == 1;
    }

    // Linear: an attribute name, '=', then one quoted or bare value; no nested quantifiers.
    [GeneratedRegex(@"[\s""'](?:id|name)\s*=\s*(?:""(?<double>[^""]*)""|'(?<single>[^']*)'|(?<bare>[^\s""'<>=`]+))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"^\s{0,3}<h(?<level>[1-6])(?:\s[^>]*)?>(?<text>[^<]*(?:<(?!/h[1-6]>)[^<]*)*)</h\k<level>>\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
