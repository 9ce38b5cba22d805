namespace Maia.Sre.Ci.Extraction.PowerShell;

/// <summary>What a piece of a PowerShell line is.</summary>
internal enum PsTokenType : byte
{
    /// <summary>A bare word: a command, a parameter (<c>-Path</c>), an argument.</summary>
    Word,

    /// <summary>A quoted string or a variable expression: an expression, never a command.</summary>
    Expression,

    /// <summary><c>;</c>, <c>|</c>, <c>{</c>, <c>}</c>, <c>(</c>, <c>)</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>=</c>: a new statement starts.</summary>
    StatementBreak,

    /// <summary><c>&amp;</c> or <c>.</c> followed by a space: the next word is run.</summary>
    Call,

    /// <summary><c>&gt;</c>, <c>&gt;&gt;</c>, <c>2&gt;</c>: the next word is written.</summary>
    Redirect,
}

/// <summary>One piece of a PowerShell line.</summary>
internal readonly record struct PsToken(int Start, int End, PsTokenType Type);

/// <summary>
/// Splits one line of PowerShell into words, strings and statement breaks. Comments (<c>#</c> and <c>&lt;# … #&gt;</c>)
/// and here-strings (<c>@' … '@</c>, <c>@" … "@</c>) that span lines are tracked by the caller through
/// <see cref="State"/>.
/// </summary>
internal static class PowerShellLexer
{
    /// <summary>What is still open at the end of a line.</summary>
    public enum State : byte
    {
        /// <summary>Nothing.</summary>
        None,

        /// <summary>A <c>&lt;# … #&gt;</c> comment.</summary>
        BlockComment,

        /// <summary>A <c>@' … '@</c> here-string.</summary>
        SingleHereString,

        /// <summary>A <c>@" … "@</c> here-string.</summary>
        DoubleHereString,

        /// <summary>A quoted string.</summary>
        String,
    }

    /// <summary>Adds the tokens of <paramref name="line"/>; <paramref name="state"/> carries what is open across lines.</summary>
    public static void Lex(ReadOnlySpan<char> line, List<PsToken> output, ref State state, ref char quote)
    {
        var i = 0;
        switch (state)
        {
            case State.BlockComment:
                var end = line.IndexOf("#>", StringComparison.Ordinal);
                if (end < 0)
                {
                    return;
                }

                state = State.None;
                i = end + 2;
                break;
            case State.SingleHereString or State.DoubleHereString:
                var closing = state == State.SingleHereString ? "'@" : "\"@";
                if (line.TrimStart().StartsWith(closing, StringComparison.Ordinal))
                {
                    state = State.None;
                    i = line.IndexOf(closing, StringComparison.Ordinal) + 2;
                    break;
                }

                output.Add(new PsToken(0, line.Length, PsTokenType.Expression));
                return;
            case State.String:
                var close = StringEnd(line, 0, quote, out var closed);
                output.Add(new PsToken(0, close, PsTokenType.Expression));
                if (!closed)
                {
                    return;
                }

                state = State.None;
                i = close;
                break;
        }

        while (i < line.Length)
        {
            var c = line[i];
            var next = i + 1 < line.Length ? line[i + 1] : '\0';
            if (c is ' ' or '\t' or ',')
            {
                i++;
                continue;
            }

            if (c == '<' && next == '#')
            {
                var end = line[(i + 2)..].IndexOf("#>", StringComparison.Ordinal);
                if (end < 0)
                {
                    state = State.BlockComment;
                    return;
                }

                i += end + 4;
                continue;
            }

            if (c == '#')
            {
                return;
            }

            if (c == '@' && next is '\'' or '"' && line[(i + 2)..].Trim().Length == 0)
            {
                state = next == '\'' ? State.SingleHereString : State.DoubleHereString;
                return;
            }

            if (c is ';' or '|' or '{' or '}' or '(' or ')' || (c == '=' && next != '=') || (c == '&' && next == '&'))
            {
                var length = (c is '|' or '&') && next == c ? 2 : 1;
                output.Add(new PsToken(i, i + length, PsTokenType.StatementBreak));
                i += length;
                continue;
            }

            if (c is '&' or '.' && next is ' ' or '\t' or '"' or '\'' or '$' or '(' or '{')
            {
                output.Add(new PsToken(i, i + 1, PsTokenType.Call));
                i++;
                continue;
            }

            if (c == '>' || (c is '1' or '2' or '3' or '*' && next == '>'))
            {
                var start = i;
                while (i < line.Length && line[i] is '>' or '1' or '2' or '3' or '*' or '&')
                {
                    i++;
                }

                var redirect = line[start..i];
                output.Add(new PsToken(start, i, redirect.Contains('&') ? PsTokenType.StatementBreak : PsTokenType.Redirect));
                continue;
            }

            if (c is '"' or '\'')
            {
                var end = StringEnd(line, i + 1, c, out var closed);
                output.Add(new PsToken(i, end, PsTokenType.Expression));
                if (!closed)
                {
                    state = State.String;
                    quote = c;
                    return;
                }

                i = end;
                continue;
            }

            var wordStart = i;
            var expression = c is '$' or '[' or '@';
            while (i < line.Length && line[i] is not (' ' or '\t' or ';' or '|' or '{' or '}' or ')' or ',' or '=' or '>') && !(line[i] == '(' && i > wordStart && !expression))
            {
                if (line[i] is '"' or '\'')
                {
                    i = StringEnd(line, i + 1, line[i], out _);
                    continue;
                }

                if (line[i] is '(' or '[')
                {
                    i = Matching(line, i);
                    continue;
                }

                i++;
            }

            output.Add(new PsToken(wordStart, Math.Max(i, wordStart + 1), expression ? PsTokenType.Expression : PsTokenType.Word));
            i = Math.Max(i, wordStart + 1);
        }
    }

    private static int StringEnd(ReadOnlySpan<char> line, int i, char quote, out bool closed)
    {
        while (i < line.Length)
        {
            if (quote == '"' && line[i] == '`')
            {
                i += 2;
                continue;
            }

            if (line[i] == quote)
            {
                if (i + 1 < line.Length && line[i + 1] == quote)
                {
                    i += 2; // '' or "" inside the string
                    continue;
                }

                closed = true;
                return i + 1;
            }

            i++;
        }

        closed = false;
        return line.Length;
    }

    private static int Matching(ReadOnlySpan<char> line, int i)
    {
        var open = line[i];
        var close = open == '(' ? ')' : ']';
        var depth = 0;
        while (i < line.Length)
        {
            if (line[i] == open)
            {
                depth++;
            }
            else if (line[i] == close && --depth == 0)
            {
                return i + 1;
            }
            else if (line[i] is '"' or '\'')
            {
                i = StringEnd(line, i + 1, line[i], out _);
                continue;
            }

            i++;
        }

        return line.Length;
    }
}
