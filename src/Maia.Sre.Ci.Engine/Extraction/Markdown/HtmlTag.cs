namespace Maia.Sre.Ci.Extraction.Markdown;

/// <summary>
/// CommonMark's raw HTML tags on one line: an open tag (<c>&lt;name attr="v" bare=x flag /&gt;</c>) or a closing tag
/// (<c>&lt;/name&gt;</c>). Anything else that starts with <c>&lt;</c> (<c>&lt;New, fixed&gt;</c>, <c>{{&lt; x &gt;}}</c>,
/// <c>a &lt; b</c>) is text, as GitHub renders it.
/// </summary>
internal static class HtmlTag
{
    /// <summary>The index after the tag whose <c>&lt;</c> is at <paramref name="i"/>, or -1 when no tag starts there.</summary>
    public static int End(ReadOnlySpan<char> s, int i)
    {
        if (i + 2 >= s.Length || s[i] != '<')
        {
            return -1;
        }

        var closing = s[i + 1] == '/';
        var j = closing ? i + 2 : i + 1;
        if (j >= s.Length || !char.IsAsciiLetter(s[j]))
        {
            return -1;
        }

        while (j < s.Length && (char.IsAsciiLetterOrDigit(s[j]) || s[j] == '-'))
        {
            j++;
        }

        if (!closing)
        {
            j = Attributes(s, j);
            if (j < 0)
            {
                return -1;
            }
        }

        j = SkipBlanks(s, j);
        if (!closing && j < s.Length && s[j] == '/')
        {
            j++;
        }

        return j < s.Length && s[j] == '>' ? j + 1 : -1;
    }

    /// <summary>Attributes from <paramref name="j"/>, each after a blank: a name, optionally <c>=</c> and a quoted or bare value; -1 when a value is malformed.</summary>
    private static int Attributes(ReadOnlySpan<char> s, int j)
    {
        while (true)
        {
            var blank = SkipBlanks(s, j);
            if (blank == j || blank >= s.Length || !(char.IsAsciiLetter(s[blank]) || s[blank] is '_' or ':'))
            {
                return j;
            }

            j = blank;
            while (j < s.Length && (char.IsAsciiLetterOrDigit(s[j]) || s[j] is '_' or '.' or ':' or '-'))
            {
                j++;
            }

            var equals = SkipBlanks(s, j);
            if (equals >= s.Length || s[equals] != '=')
            {
                continue;
            }

            j = SkipBlanks(s, equals + 1);
            if (j < s.Length && s[j] is '"' or '\'')
            {
                var close = s[(j + 1)..].IndexOf(s[j]);
                if (close < 0)
                {
                    return -1;
                }

                j += close + 2;
                continue;
            }

            var start = j;
            while (j < s.Length && s[j] is not (' ' or '\t' or '"' or '\'' or '=' or '<' or '>' or '`'))
            {
                j++;
            }

            if (j == start)
            {
                return -1;
            }
        }
    }

    private static int SkipBlanks(ReadOnlySpan<char> s, int j)
    {
        while (j < s.Length && s[j] is ' ' or '\t')
        {
            j++;
        }

        return j;
    }
}
