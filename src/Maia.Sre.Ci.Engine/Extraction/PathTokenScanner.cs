namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// Finds path-like tokens that end in a tool extension, in linear time and without regular expressions:
/// it looks at each '.', matches an extension with a boundary after it, then walks back over path characters.
/// </summary>
public static class PathTokenScanner
{
    /// <summary>The ASCII characters of <see cref="IsPathChar"/>, looked up in one step.</summary>
    private static readonly bool[] AsciiPathChars = Enumerable.Range(0, 128).Select(c => IsPathCharSlow((char)c)).ToArray();

    /// <summary>Characters a path token may contain (besides letters and digits).</summary>
    public static bool IsPathChar(char c) => c < 128 ? AsciiPathChars[c] : IsPathCharSlow(c);

    private static bool IsPathCharSlow(char c) =>
        char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or '~' or '$' or '{' or '}' or '+' or '@';

    /// <summary>Adds every token in <paramref name="line"/> to <paramref name="output"/> as (start, length).</summary>
    public static void Scan(ReadOnlySpan<char> line, ExtensionSet extensions, List<(int Start, int Length)> output)
    {
        var from = 0;
        while (from < line.Length)
        {
            var rel = line[from..].IndexOf('.');
            if (rel < 0)
            {
                return;
            }

            var dot = from + rel;
            var extLength = extensions.MatchAt(line, dot);
            if (extLength == 0)
            {
                from = dot + 1;
                continue;
            }

            var start = dot;
            while (start > 0 && IsPathChar(line[start - 1]))
            {
                start--;
            }

            var end = dot + extLength;

            // "{config,navbars,sidebars}.ts" is a brace expansion, cut at its comma: "sidebars}.ts" names no file.
            var token = line[start..end];
            if (token.Count('{') == token.Count('}') || start == 0 || line[start - 1] != ',')
            {
                output.Add((start, end - start));
            }

            from = end;
        }
    }
}
