using System.Buffers;

namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>
/// Scans a script held in a YAML scalar as its interpreter would read it: each line of the value (the text the CI
/// system runs, after YAML has removed indentation, quotes, escapes and folds) goes to the line scanner of its
/// language, and each reference found is placed back where its characters are written in the YAML file (see
/// <see cref="ScalarSourceMap"/>), so findings point into the file.
/// </summary>
internal static class ScriptScanner
{
    /// <summary>
    /// Adds the references of <paramref name="script"/> to <paramref name="output"/>. A shell script is read as one
    /// script (continued lines, here-documents and <c>cd</c> carry from line to line), starting in its working folder
    /// when that is known (see <see cref="RawReference.Folder"/>).
    /// </summary>
    public static void Scan(SourceText text, CiScript script, ExtensionSet extensions, ExtractionOutput output)
    {
        var value = script.Scalar.Value;
        var shell = script.Language == ScriptLanguage.Shell ? output.Shell(extensions) : null;
        var runFolder = script.Folder is { } folder ? "/" + folder : null;
        if (shell is not null && runFolder is not null)
        {
            shell.StartIn(runFolder);
        }

        var map = ArrayPool<int>.Shared.Rent(value.Length);
        try
        {
            ScalarSourceMap.Fill(text.All, script.Scalar, map);
            var start = 0;
            while (start <= value.Length)
            {
                var end = value.IndexOf('\n', start);
                end = end < 0 ? value.Length : end;
                if (end > start || shell is not null) // a blank line ends a continued shell command
                {
                    var before = output.References.Count;
                    ScanLine(value[start..end], shell, script.Language, extensions, output);
                    Place(text, map, start, output.References, before, runFolder);
                }

                start = end + 1;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(map);
        }
    }

    /// <summary>Adds the references of one line of the script; their columns are positions in <paramref name="line"/> for now.</summary>
    private static void ScanLine(string line, Shell.ShellScript? shell, ScriptLanguage language, ExtensionSet extensions, ExtractionOutput output)
    {
        if (shell is not null)
        {
            shell.Line(line, 0, 0, output.References);
            return;
        }

        var code = language == ScriptLanguage.Python ? PythonWithoutComment(line) : line;

        // Python and other interpreters: file names in the code, but no shell commands.
        var spans = output.Spans;
        spans.Clear();
        PathTokenScanner.Scan(code, extensions, spans);
        foreach (var (at, length) in spans)
        {
            if (!MarkdownExtractor.IsUrlTail(code, at))
            {
                output.References.Add(new RawReference(code.Substring(at, length), 0, at + 1, length, ReferenceKind.Tool) { Role = ReferenceRole.Data });
            }
        }
    }

    /// <summary>A Python line without its <c># comment</c> (a '#' inside a string stays).</summary>
    private static string PythonWithoutComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                quote = c == '\\' ? quote : c == quote ? '\0' : quote;
                i += c == '\\' ? 1 : 0;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#')
            {
                return line[..i];
            }
        }

        return line;
    }

    /// <summary>
    /// Moves the references from <paramref name="from"/> on, found in the script line that starts at
    /// <paramref name="lineStart"/> of the value, to their place in the file, in <paramref name="runFolder"/> unless they say otherwise. A reference whose characters run over a
    /// line end of the file (an escaped line break inside a name) keeps the part on its first line as its extent.
    /// </summary>
    private static void Place(SourceText text, int[] map, int lineStart, List<RawReference> references, int from, string? runFolder)
    {
        for (var k = from; k < references.Count; k++)
        {
            var r = references[k];
            var first = map[lineStart + r.Column - 1];
            var last = map[lineStart + r.Column - 2 + r.Length];
            var (line, column) = text.Locate(first);
            var (lastLine, lastColumn) = text.Locate(last);
            var length = lastLine == line && lastColumn >= column ? lastColumn - column + 1 : text.Line(line - 1).Length - column + 1;
            // What another interpreter names runs in the step's folder too (the shell scanner sets its own, cd included).
            var folder = r.Folder ?? (runFolder is not null && r.Text.Length > 0 && r.Text[0] is not ('/' or '$' or '~') ? runFolder : null);
            references[k] = r with { Line = line, Column = column, Length = Math.Max(1, length), Folder = folder };
        }
    }
}
