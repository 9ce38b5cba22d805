namespace Maia.Sre.Ci.Extraction;

/// <summary>One line of shell: its comment removed, its references with their roles.</summary>
public static class ShellLine
{
    [ThreadStatic]
    private static Shell.ShellScript? script;

    /// <summary>
    /// Scans <paramref name="line"/> (already without its comment) as a command line of its own and adds its
    /// references with their roles (see <see cref="Shell.ShellScript"/>, which also reads scripts of many lines).
    /// </summary>
    public static void Scan(string line, int lineNo, ExtensionSet extensions, List<RawReference> output, List<(int Start, int Length)> scratch)
    {
        if (script is null || !ReferenceEquals(scriptExtensions, extensions))
        {
            script = new Shell.ShellScript(extensions);
            scriptExtensions = extensions;
        }

        script.Reset();
        script.Line(line, lineNo, 0, output);
    }

    [ThreadStatic]
    private static ExtensionSet? scriptExtensions;

    /// <summary>Removes a trailing <c># comment</c> (not inside quotes); returns empty for a comment line or shebang.</summary>
    public static string WithoutComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }

}
