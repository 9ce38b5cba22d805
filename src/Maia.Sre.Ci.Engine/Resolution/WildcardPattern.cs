namespace Maia.Sre.Ci.Resolution;

/// <summary>A <c>*</c>/<c>?</c> wildcard pattern matched in linear-bounded time (no regular expressions, no backtracking blow-up).</summary>
public sealed class WildcardPattern
{
    private readonly string pattern;
    private readonly char first;
    private readonly char last;
    private readonly string? required;

    /// <summary>Creates the pattern; <c>*</c> matches any run of characters including <c>/</c>.</summary>
    public WildcardPattern(string pattern)
    {
        this.pattern = pattern;

        // A literal first or last character must be the text's own: one comparison rules out most texts.
        first = pattern.Length > 0 && pattern[0] is not ('*' or '?') ? char.ToLowerInvariant(pattern[0]) : '\0';
        last = pattern.Length > 0 && pattern[^1] is not ('*' or '?') ? char.ToLowerInvariant(pattern[^1]) : '\0';
        required = LongestAsciiRun(pattern);
    }

    /// <summary>
    /// The longest run of literal ASCII characters in <paramref name="pattern"/> (two or more, lower-cased), which any
    /// matching text contains: one vectorised search rules out most texts for patterns such as <c>*xxx.*</c>.
    /// </summary>
    private static string? LongestAsciiRun(string pattern)
    {
        var best = ReadOnlySpan<char>.Empty;
        var rest = pattern.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOfAny('*', '?');
            var run = end < 0 ? rest : rest[..end];
            if (run.Length > best.Length && System.Text.Ascii.IsValid(run))
            {
                best = run;
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return best.Length >= 2 ? best.ToString().ToLowerInvariant() : null;
    }

    /// <summary>The pattern text.</summary>
    public override string ToString() => pattern;

    /// <summary>True when the whole of <paramref name="text"/> matches (case-insensitive).</summary>
    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if ((first != '\0' && (text.Length == 0 || char.ToLowerInvariant(text[0]) != first))
            || (last != '\0' && (text.Length == 0 || char.ToLowerInvariant(text[^1]) != last)))
        {
            return false;
        }

        // Only for ASCII text: there ASCII case-insensitivity is exactly the matcher's (ToLowerInvariant maps some
        // non-ASCII letters, such as the Kelvin sign, to ASCII ones).
        if (required is not null && System.Text.Ascii.IsValid(text) && !Extraction.AsciiSearch.ContainsIgnoreCase(text, required))
        {
            return false;
        }

        // Classic greedy matcher with a single backtrack point: O(n·m) worst case, O(n+m) typical.
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t])))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>True when any pattern matches.</summary>
    public static bool AnyMatch(ReadOnlySpan<WildcardPattern> patterns, ReadOnlySpan<char> text)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }
}
