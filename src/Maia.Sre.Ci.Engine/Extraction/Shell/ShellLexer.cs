namespace Maia.Sre.Ci.Extraction.Shell;

/// <summary>What a piece of a shell command line is.</summary>
internal enum ShellTokenType : byte
{
    /// <summary>A word: a command name, an argument, an assignment (quotes and expansions included).</summary>
    Word,

    /// <summary><c>;</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>&amp;</c>, <c>(</c>, <c>)</c>: the next word starts a new command.</summary>
    Separator,

    /// <summary><c>|</c>: the next word starts a new command that reads this one's output.</summary>
    Pipe,

    /// <summary><c>&gt;</c>, <c>&gt;&gt;</c>, <c>&amp;&gt;</c>, <c>2&gt;</c>, <c>&gt;|</c>: the next word is written.</summary>
    RedirectOut,

    /// <summary><c>&lt;</c>: the next word is read.</summary>
    RedirectIn,

    /// <summary><c>&lt;&lt;</c> or <c>&lt;&lt;-</c>: the next word is a here-document's delimiter.</summary>
    HereDoc,

    /// <summary><c>&lt;&lt;&lt;</c>: the next word is text given as input.</summary>
    HereString,
}

/// <summary>One piece of a command line: <see cref="ShellTokenType"/> and its span.</summary>
internal readonly record struct ShellToken(int Start, int End, ShellTokenType Type);

/// <summary>
/// Splits one line of POSIX shell into words and operators, as a shell reads it: quotes, <c>$( )</c>, <c>${ }</c>
/// and backquotes stay inside their word, a <c>#</c> at the start of a word ends the line. Linear, allocation-free.
/// A word holding <c>$(</c> or a backquote is a command of its own inside; <see cref="InnerCommands"/> finds them.
/// </summary>
internal static class ShellLexer
{
    /// <summary>
    /// Adds the tokens of <paramref name="line"/> to <paramref name="output"/>. <paramref name="quote"/> is the quote
    /// still open from the previous line (or <c>'\0'</c>) and, on return, the one still open at the end of this line.
    /// </summary>
    public static void Lex(ReadOnlySpan<char> line, List<ShellToken> output, ref char quote)
    {
        var i = 0;
        if (quote != '\0')
        {
            // The line goes on with a string opened on an earlier line: it is the rest of that word.
            var end = SkipQuoted(line, 0, quote, out var closed);
            quote = closed ? '\0' : quote;
            i = closed ? WordEnd(line, end, ref quote) : line.Length;
            output.Add(new ShellToken(0, i, ShellTokenType.Word));
        }

        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '\t')
            {
                i++;
                continue;
            }

            if (c == '#')
            {
                return; // a comment: '#' can only start one at the start of a word
            }

            var op = Operator(line, i, out var type);
            if (op > 0)
            {
                output.Add(new ShellToken(i, i + op, type));
                i += op;
                continue;
            }

            var start = i;
            i = Math.Max(WordEnd(line, i, ref quote), start + 1); // always move on, whatever the text
            output.Add(new ShellToken(start, Math.Min(i, line.Length), ShellTokenType.Word));
        }
    }

    /// <summary>The length of the operator at <paramref name="i"/> (0 when a word starts there) and its type.</summary>
    private static int Operator(ReadOnlySpan<char> line, int i, out ShellTokenType type)
    {
        type = ShellTokenType.Separator;
        var c = line[i];
        var next = i + 1 < line.Length ? line[i + 1] : '\0';
        switch (c)
        {
            case ';':
                return next == ';' ? 2 : 1;
            case '&' when next == '&':
                return 2;
            case '&' when next == '>':
                type = ShellTokenType.RedirectOut;
                return i + 2 < line.Length && line[i + 2] == '>' ? 3 : 2;
            case '&':
                return 1;
            case '|' when next == '|':
                return 2;
            case '|':
                type = ShellTokenType.Pipe;
                return next == '&' ? 2 : 1;
            case '(' or ')':
                return 1;
            case '>' when next == '(':
                return 0; // process substitution: a word
            case '>':
                type = ShellTokenType.RedirectOut;
                return next is '>' or '|' ? 2 : 1;
            case '<' when next == '(':
                return 0;
            case '<' when next == '<':
                var third = i + 2 < line.Length ? line[i + 2] : '\0';
                type = third == '<' ? ShellTokenType.HereString : ShellTokenType.HereDoc;
                return third is '<' or '-' ? 3 : 2;
            case '<':
                type = ShellTokenType.RedirectIn;
                return next == '>' ? 2 : 1;
            case >= '0' and <= '9' when next is '>' or '<':
                // "2>file", "1>&2": a file descriptor before a redirection is part of the operator.
                var length = Operator(line, i + 1, out type);
                return length == 0 ? 0 : length + 1;
            default:
                return 0;
        }
    }

    /// <summary>The end of the word starting at <paramref name="i"/>; <paramref name="quote"/> is set when a string stays open.</summary>
    private static int WordEnd(ReadOnlySpan<char> line, int i, ref char quote)
    {
        while (i < line.Length)
        {
            var c = line[i];
            switch (c)
            {
                case '<' or '>' when i + 1 < line.Length && line[i + 1] == '(':
                    i = Matching(line, i + 2, '(', ')'); // process substitution: part of the word
                    break;
                case ' ' or '\t' or ';' or '&' or '|' or '>' or ')':
                    return i;
                case '<' or '(':
                    return i;
                case '\\':
                    i += 2;
                    break;
                case '\'' or '"' or '`':
                    i = SkipQuoted(line, i + 1, c, out var closed);
                    if (!closed)
                    {
                        quote = c;
                        return line.Length;
                    }

                    break;
                case '$' when i + 1 < line.Length && line[i + 1] is '(' or '{':
                    i = Matching(line, i + 2, line[i + 1], line[i + 1] == '(' ? ')' : '}');
                    break;
                default:
                    i++;
                    break;
            }
        }

        return Math.Min(i, line.Length);
    }

    /// <summary>Past the closing <paramref name="quote"/> from <paramref name="i"/> (inside the string), or the line's end.</summary>
    private static int SkipQuoted(ReadOnlySpan<char> line, int i, char quote, out bool closed)
    {
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '\\' && quote != '\'')
            {
                i += 2;
                continue;
            }

            if (c == quote)
            {
                closed = true;
                return i + 1;
            }

            if (quote == '"' && c == '$' && i + 1 < line.Length && line[i + 1] == '(')
            {
                i = Matching(line, i + 2, '(', ')');
                continue;
            }

            i++;
        }

        closed = false;
        return line.Length;
    }

    /// <summary>Past the <paramref name="close"/> that matches an <paramref name="open"/> just before <paramref name="i"/>, quotes respected.</summary>
    private static int Matching(ReadOnlySpan<char> line, int i, char open, char close)
    {
        var depth = 1;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c is '\'' or '"')
            {
                i = SkipQuoted(line, i + 1, c, out _);
                continue;
            }

            if (c == open)
            {
                depth++;
            }
            else if (c == close && --depth == 0)
            {
                return i + 1;
            }

            i++;
        }

        return line.Length;
    }

    /// <summary>
    /// The commands inside a word: each <c>$( … )</c> and backquoted part (quotes respected), as spans of the line,
    /// added to <paramref name="output"/> as (start, end) of the text between the delimiters.
    /// </summary>
    public static void InnerCommands(ReadOnlySpan<char> line, int start, int end, List<(int Start, int End)> output)
    {
        var i = start;
        var inSingle = false;
        while (i < end)
        {
            var c = line[i];
            if (c == '\'' && !inSingle && !InDouble(line, start, i))
            {
                inSingle = true;
            }
            else if (c == '\'' && inSingle)
            {
                inSingle = false;
            }
            else if (!inSingle && c == '\\')
            {
                i++;
            }
            else if (!inSingle && c == '$' && i + 1 < end && line[i + 1] == '(' && !(i + 2 < end && line[i + 2] == '('))
            {
                var close = Math.Min(Matching(line, i + 2, '(', ')'), end);
                output.Add((i + 2, Math.Max(i + 2, close - 1)));
                i = close;
                continue;
            }
            else if (!inSingle && c == '`')
            {
                var close = line[(i + 1)..end].IndexOf('`');
                var stop = close < 0 ? end : i + 1 + close;
                output.Add((i + 1, stop));
                i = stop + 1;
                continue;
            }

            i++;
        }
    }

    /// <summary>True when <paramref name="index"/> follows an odd number of unescaped double quotes since <paramref name="start"/>.</summary>
    private static bool InDouble(ReadOnlySpan<char> line, int start, int index)
    {
        var inside = false;
        for (var i = start; i < index; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '"')
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
