using System.Net;
using System.Text;

namespace Maia.Sre.Ci.Anchors;

/// <summary>
/// The plain text of a heading's inline Markdown, as GitHub's renderer produces it before slugging: code spans keep
/// their content, links and images keep their text (never their URL), HTML tags are dropped, entities decoded,
/// backslash escapes resolved and <c>_</c> emphasis markers removed (<c>*</c> and <c>~</c> are removed by the slug).
/// A hand-written scanner: every bracket or backtick search is bounded by the heading's length.
/// </summary>
public static class HeadingText
{
    /// <summary>The characters that start something <see cref="Render"/> rewrites; a heading with none is its own plain text.</summary>
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\\`[<&_");

    /// <summary>The plain text of <paramref name="markdown"/> (one heading's content).</summary>
    public static string Plain(string markdown)
    {
        // Most headings are plain words: nothing to render, no emphasis to strip.
        return markdown.AsSpan().IndexOfAny(Special) < 0 ? markdown : Rendered(markdown);
    }

    /// <summary>The plain text of <paramref name="markdown"/>, always through the renderer (what <see cref="Plain"/> skips when it can).</summary>
    internal static string Rendered(string markdown)
    {
        var output = new Output();
        Render(markdown, 0, markdown.Length, output);
        return UnderscoreEmphasis.Strip(output.Text, output.Literal);
    }

    private static void Render(string s, int from, int to, Output output)
    {
        var i = from;
        while (i < to)
        {
            var c = s[i];
            if (c == '\\' && i + 1 < to && char.IsAsciiLetterOrDigit(s[i + 1]) is false && s[i + 1] > ' ' && s[i + 1] < 127)
            {
                output.Add(s[i + 1], literal: true);
                i += 2;
            }
            else if (c == '`')
            {
                i = CodeSpan(s, i, to, output);
            }
            else if (c == '[' || (c == '!' && i + 1 < to && s[i + 1] == '['))
            {
                var open = c == '!' ? i + 1 : i;
                var close = Matching(s, open, to, '[', ']');
                if (close < 0)
                {
                    output.Add(c, literal: false);
                    i++;
                    continue;
                }

                Render(s, open + 1, close, output);
                i = close + 1;
                if (i < to && (s[i] == '(' || s[i] == '['))
                {
                    var end = Matching(s, i, to, s[i], s[i] == '(' ? ')' : ']');
                    i = end < 0 ? i : end + 1;
                }
            }
            else if (c == '<' && Extraction.Markdown.HtmlTag.End(s.AsSpan(0, to), i) is var tagEnd and > 0)
            {
                // A tag shows nothing.
                i = tagEnd;
            }
            else if (c == '<' && Autolink(s, i, to) is var linkEnd and > 0)
            {
                // An autolink (<https://x>) shows its address.
                output.Add(s[(i + 1)..(linkEnd - 1)], literal: true);
                i = linkEnd;
            }
            else if (c == '&' && Entity(s, i, to) is { } entityEnd)
            {
                output.Add(WebUtility.HtmlDecode(s[i..entityEnd]), literal: true);
                i = entityEnd;
            }
            else
            {
                output.Add(c, literal: false);
                i++;
            }
        }
    }

    private static int CodeSpan(string s, int i, int to, Output output)
    {
        var run = 1;
        while (i + run < to && s[i + run] == '`')
        {
            run++;
        }

        for (var j = i + run; j < to; j++)
        {
            if (s[j] != '`')
            {
                continue;
            }

            var closing = 1;
            while (j + closing < to && s[j + closing] == '`')
            {
                closing++;
            }

            if (closing == run)
            {
                var content = s[(i + run)..j];
                if (content.Length > 2 && content[0] == ' ' && content[^1] == ' ' && content.Trim().Length > 0)
                {
                    content = content[1..^1];
                }

                output.Add(content, literal: true);
                return j + closing;
            }

            j += closing - 1;
        }

        output.Add(new string('`', run), literal: false);
        return i + run;
    }

    /// <summary>The index of the bracket closing the one at <paramref name="open"/>, or -1.</summary>
    private static int Matching(string s, int open, int to, char opening, char closing)
    {
        var depth = 0;
        for (var j = open; j < to; j++)
        {
            if (s[j] == '\\')
            {
                j++;
            }
            else if (s[j] == opening)
            {
                depth++;
            }
            else if (s[j] == closing && --depth == 0)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The index after an autolink (<c>&lt;scheme:address&gt;</c>, <c>&lt;me@example.com&gt;</c>) at <paramref name="i"/>, or -1.</summary>
    private static int Autolink(string s, int i, int to)
    {
        var end = s.IndexOf('>', i, to - i);
        if (end < 0 || i + 1 >= end || !char.IsAsciiLetter(s[i + 1]))
        {
            return -1;
        }

        var inner = s.AsSpan((i + 1)..end);
        return (inner.Contains(':') || inner.Contains('@')) && inner.IndexOfAny(" \t<") < 0 ? end + 1 : -1;
    }

    /// <summary>The end (exclusive) of an entity such as <c>&amp;amp;</c> or <c>&amp;#x20;</c> at <paramref name="i"/>, or null.</summary>
    private static int? Entity(string s, int i, int to)
    {
        var j = i + 1;
        if (j < to && s[j] == '#')
        {
            j++;
        }

        var start = j;
        while (j < to && j - start < 32 && char.IsAsciiLetterOrDigit(s[j]))
        {
            j++;
        }

        return j > start && j < to && s[j] == ';' ? j + 1 : null;
    }

    private sealed class Output
    {
        public StringBuilder Text { get; } = new();

        public List<bool> Literal { get; } = [];

        public void Add(char c, bool literal)
        {
            Text.Append(c);
            Literal.Add(literal);
        }

        public void Add(string s, bool literal)
        {
            foreach (var c in s)
            {
                Add(c, literal);
            }
        }
    }
}
