using System.Text;

namespace Maia.Sre.Ci.Anchors;

/// <summary>
/// Removes <c>_</c> and <c>__</c> emphasis markers by CommonMark's flanking rules, keeping intra-word underscores
/// (<c>snake_case</c>) and lone ones (<c>a _ b</c>). It matters for slugs because <c>_</c> survives slugging.
/// </summary>
internal static class UnderscoreEmphasis
{
    public static string Strip(StringBuilder text, List<bool> literal)
    {
        var s = text.ToString();
        if (!s.Contains('_', StringComparison.Ordinal))
        {
            return s;
        }

        var remove = new bool[s.Length];
        var openers = new Stack<(int Start, int Length)>();
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] != '_' || literal[i])
            {
                i++;
                continue;
            }

            var run = 1;
            while (i + run < s.Length && s[i + run] == '_' && !literal[i + run])
            {
                run++;
            }

            var before = i == 0 ? ' ' : s[i - 1];
            var after = i + run >= s.Length ? ' ' : s[i + run];
            var left = !char.IsWhiteSpace(after) && (!IsPunctuation(after) || char.IsWhiteSpace(before) || IsPunctuation(before));
            var right = !char.IsWhiteSpace(before) && (!IsPunctuation(before) || char.IsWhiteSpace(after) || IsPunctuation(after));
            var canOpen = left && (!right || IsPunctuation(before));
            var canClose = right && (!left || IsPunctuation(after));
            if (canClose && openers.Count > 0)
            {
                var (start, length) = openers.Pop();
                Array.Fill(remove, true, start, length);
                Array.Fill(remove, true, i, run);
            }
            else if (canOpen)
            {
                openers.Push((i, run));
            }

            i += run;
        }

        var result = new StringBuilder(s.Length);
        for (var j = 0; j < s.Length; j++)
        {
            if (!remove[j])
            {
                result.Append(s[j]);
            }
        }

        return result.ToString();
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);
}
