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
    /// <summary>Adds the references of <paramref name="script"/> to <paramref name="output"/>, each with <paramref name="folder"/> (see <see cref="RawReference.BaseFolder"/>).</summary>
    public static void Scan(SourceText text, CiScript script, int folder, ExtensionSet extensions, ExtractionOutput output)
    {
        var value = script.Scalar.Value;
        var map = ArrayPool<int>.Shared.Rent(value.Length);
        try
        {
            ScalarSourceMap.Fill(text.All, script.Scalar, map);
            var start = 0;
            while (start <= value.Length)
            {
                var end = value.IndexOf('\n', start);
                end = end < 0 ? value.Length : end;
                if (end > start)
                {
                    var before = output.References.Count;
                    ScanLine(value[start..end], script.Language, extensions, output);
                    Place(text, map, start, folder, output.References, before);
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
    private static void ScanLine(string line, ScriptLanguage language, ExtensionSet extensions, ExtractionOutput output)
    {
        var code = language == ScriptLanguage.Other ? line : ShellLine.WithoutComment(line);
        if (code.Length == 0)
        {
            return;
        }

        if (language == ScriptLanguage.Shell)
        {
            ShellLine.Scan(code, 0, extensions, output.References, output.Spans);
            return;
        }

        // Python and other interpreters: file names in the code, but no shell commands.
        var spans = output.Spans;
        spans.Clear();
        PathTokenScanner.Scan(code, extensions, spans);
        foreach (var (at, length) in spans)
        {
            if (!MarkdownExtractor.IsUrlTail(code, at))
            {
                output.References.Add(new RawReference(code.Substring(at, length), 0, at + 1, length, ReferenceKind.Tool));
            }
        }
    }

    /// <summary>
    /// Moves the references from <paramref name="from"/> on, found in the script line that starts at
    /// <paramref name="lineStart"/> of the value, to their place in the file. A reference whose characters run over a
    /// line end of the file (an escaped line break inside a name) keeps the part on its first line as its extent.
    /// </summary>
    private static void Place(SourceText text, int[] map, int lineStart, int folder, List<RawReference> references, int from)
    {
        for (var k = from; k < references.Count; k++)
        {
            var r = references[k];
            var first = map[lineStart + r.Column - 1];
            var last = map[lineStart + r.Column - 2 + r.Length];
            var (line, column) = text.Locate(first);
            var (lastLine, lastColumn) = text.Locate(last);
            var length = lastLine == line && lastColumn >= column ? lastColumn - column + 1 : text.Line(line - 1).Length - column + 1;
            references[k] = r with { Line = line, Column = column, Length = Math.Max(1, length), BaseFolder = folder };
        }
    }
}
