using System.Globalization;
using System.Text;

namespace Maia.Sre.Ci.Anchors;

/// <summary>Heading ids as documentation generators that do not follow GitHub make them (see <see cref="HeadingIdStyle"/>).</summary>
public static class SiteSlug
{
    /// <summary>
    /// Python-Markdown's default <c>toc</c> slugify, as MkDocs uses it: the text decomposed (NFKD) and cut to ASCII,
    /// every character that is not a word character, blank or <c>-</c> removed, trimmed, lower-cased, and each run
    /// of blanks and <c>-</c> made one <c>-</c>: "Foo - Bar" is <c>foo-bar</c> where GitHub says <c>foo---bar</c>.
    /// </summary>
    public static string MkDocs(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in LatinDecomposition.Decompose(text))
        {
            if (c < 128 && (char.IsAsciiLetterOrDigit(c) || c is '_' or '-' || IsPythonSpace(c)))
            {
                kept.Append(c);
            }
        }

        var trimmed = kept.ToString().Trim(' ', '\t', '\n', '\r', '\f', '\v', '\x1c', '\x1d', '\x1e', '\x1f').ToLowerInvariant();
        var slug = new StringBuilder(trimmed.Length);
        var inRun = false;
        foreach (var c in trimmed)
        {
            var separator = c == '-' || IsPythonSpace(c);
            if (separator && !inRun)
            {
                slug.Append('-');
            }
            else if (!separator)
            {
                slug.Append(c);
            }

            inRun = separator;
        }

        return slug.ToString();
    }

    /// <summary>
    /// VitePress' slugify (<c>@mdit-vue/shared</c>): the text decomposed (NFKD) without its combining accents and
    /// control characters, each run of blanks and ASCII punctuation (and curly quotes) made one <c>-</c>, <c>-</c>
    /// trimmed from both ends, <c>_</c> put before a leading digit, then lower-cased: <c>`bin/list-all`</c> is
    /// <c>bin-list-all</c> where GitHub says <c>binlist-all</c>.
    /// </summary>
    public static string VitePress(string text)
    {
        var slug = new StringBuilder(text.Length);
        var inRun = false;
        foreach (var c in LatinDecomposition.Decompose(text))
        {
            if (c is >= '\u0300' and <= '\u036F' || c <= '\u001F')
            {
                continue;
            }

            if (IsVitePressSpecial(c))
            {
                if (!inRun)
                {
                    slug.Append('-');
                }

                inRun = true;
                continue;
            }

            slug.Append(c);
            inRun = false;
        }

        var trimmed = slug.ToString().Trim('-');
        if (trimmed.Length > 0 && char.IsAsciiDigit(trimmed[0]))
        {
            trimmed = "_" + trimmed;
        }

        return trimmed.ToLowerInvariant();
    }

    /// <summary>The unique id for the next heading in <paramref name="style"/>, given the ids the page has so far.</summary>
    internal static string Unique(HeadingIdStyle style, string slug, HashSet<string> used)
    {
        var id = slug;
        if (style == HeadingIdStyle.MkDocs)
        {
            // Python-Markdown's toc.unique: "x", "x_1", "x_2"; an empty id becomes "_1".
            while (used.Contains(id) || id.Length == 0)
            {
                var underscore = id.LastIndexOf('_');
                id = underscore >= 0 && underscore + 1 < id.Length && int.TryParse(id.AsSpan(underscore + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    ? string.Concat(id.AsSpan(0, underscore), "_", (n + 1).ToString(CultureInfo.InvariantCulture))
                    : id + "_1";
            }
        }
        else
        {
            // markdown-it-anchor's uniqueSlug: "x", "x-1", "x-2".
            for (var i = 1; used.Contains(id); i++)
            {
                id = slug + "-" + i.ToString(CultureInfo.InvariantCulture);
            }
        }

        used.Add(id);
        return id;
    }

    /// <summary>Python's <c>\s</c> for ASCII text.</summary>
    private static bool IsPythonSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    /// <summary>The characters of <c>rSpecial</c>: JavaScript's <c>\s</c> and <c>~`!@#$%^&amp;*()-_+=[]{}|\;:"'“”‘’&lt;&gt;,.?/</c>.</summary>
    private static bool IsVitePressSpecial(char c) =>
        char.IsWhiteSpace(c) || c is '\uFEFF' || "~`!@#$%^&*()-_+=[]{}|\\;:\"'\u201C\u201D\u2018\u2019<>,.?/".Contains(c, StringComparison.Ordinal);
}
