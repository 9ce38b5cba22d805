namespace Maia.Sre.Ci.Services.Systemd;

/// <summary>One word of a command line, with its offset in the value.</summary>
/// <param name="Text">The word, quotes and escapes removed.</param>
/// <param name="Offset">0-based offset of its first character in the value.</param>
public sealed record ExecWord(string Text, int Offset);

/// <summary>Splits a systemd <c>Exec*=</c> value into words, as systemd does: quotes, backslash escapes, prefixes.</summary>
public static class ExecLine
{
    /// <summary>
    /// The argument vector of <paramref name="value"/>: special prefixes (<c>-</c>, <c>@</c>, <c>:</c>, <c>+</c>,
    /// <c>!</c>, <c>!!</c>, <c>|</c>) are removed, and with <c>@</c> the second word (the argv[0] name) is dropped.
    /// </summary>
    public static IReadOnlyList<ExecWord> Split(string value)
    {
        var words = Words(value);
        if (words.Count == 0)
        {
            return words;
        }

        var first = words[0];
        var prefix = 0;
        while (prefix < first.Text.Length && first.Text[prefix] is '-' or '@' or ':' or '+' or '!' or '|')
        {
            prefix++;
        }

        var argv0Override = first.Text[..prefix].Contains('@', StringComparison.Ordinal);
        words[0] = new ExecWord(first.Text[prefix..], first.Offset + prefix);
        if (words[0].Text.Length == 0)
        {
            words.RemoveAt(0);
        }

        if (argv0Override && words.Count > 1)
        {
            words.RemoveAt(1);
        }

        return words;
    }

    private static List<ExecWord> Words(string value)
    {
        var words = new List<ExecWord>();
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && char.IsWhiteSpace(value[i]))
            {
                i++;
            }

            if (i >= value.Length)
            {
                break;
            }

            var start = i;
            var word = new System.Text.StringBuilder();
            char? quote = null;
            for (; i < value.Length && (quote is not null || !char.IsWhiteSpace(value[i])); i++)
            {
                var c = value[i];
                if (c == '\\' && i + 1 < value.Length)
                {
                    word.Append(value[++i]);
                }
                else if (quote is null && c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }

            words.Add(new ExecWord(word.ToString(), start));
        }

        return words;
    }
}
