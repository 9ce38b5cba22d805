using Maia.Sre.Ci.Extraction.Shell;

namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// <c>package.json</c>: each <c>scripts</c> entry is a command line run in the package's folder (so the script it
/// runs is <see cref="ReferenceRole.Run"/>); <c>main</c>, <c>module</c>, <c>types</c>, <c>browser</c>, <c>bin</c> and
/// the file values of <c>exports</c> are files the package is read from. Dependency names and everything else are not
/// paths. A single pass over the JSON that tracks each string's key path and position.
/// </summary>
public sealed class PackageJsonExtractor : IReferenceExtractor
{
    /// <summary>A shared instance.</summary>
    public static readonly PackageJsonExtractor Instance = new();

    private static readonly string[] EntryKeys = ["main", "module", "types", "typings", "browser", "bin", "exports", "unpkg", "jsdelivr", "svelte", "style"];

    /// <inheritdoc/>
    public void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output)
    {
        var path = new List<string>();     // the keys from the root to the current value
        var isObject = new List<bool>();   // per open container: object (true) or array
        var expectKey = false;
        ShellScript? script = null;
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i);
            var c = 0;
            while (c < line.Length)
            {
                switch (line[c])
                {
                    case '{':
                        isObject.Add(true);
                        expectKey = true;
                        c++;
                        continue;
                    case '[':
                        isObject.Add(false);
                        expectKey = false;
                        c++;
                        continue;
                    case '}' or ']':
                        if (isObject.Count > 0)
                        {
                            isObject.RemoveAt(isObject.Count - 1);
                        }

                        Pop(path, isObject.Count);
                        expectKey = false;
                        c++;
                        continue;
                    case ',':
                        expectKey = isObject.Count > 0 && isObject[^1];
                        if (expectKey)
                        {
                            Pop(path, isObject.Count - 1);
                        }

                        c++;
                        continue;
                    case ':':
                        expectKey = false;
                        c++;
                        continue;
                    case '"':
                        var end = StringEnd(line, c + 1);
                        var value = line[(c + 1)..Math.Max(c + 1, end - 1)];
                        if (expectKey)
                        {
                            Pop(path, isObject.Count - 1);
                            path.Add(value.ToString());
                        }
                        else
                        {
                            script = Value(path, value, i + 1, c + 1, extensions, output, script);
                        }

                        c = end;
                        continue;
                    default:
                        c++;
                        continue;
                }
            }
        }
    }

    /// <summary>Keeps the first <paramref name="depth"/> keys of <paramref name="path"/>.</summary>
    private static void Pop(List<string> path, int depth)
    {
        if (depth >= 0 && path.Count > depth)
        {
            path.RemoveRange(depth, path.Count - depth);
        }
    }

    private static ShellScript? Value(List<string> path, ReadOnlySpan<char> value, int line, int column, ExtensionSet extensions, ExtractionOutput output, ShellScript? script)
    {
        if (path.Count == 2 && path[0] == "scripts")
        {
            script ??= output.Shell(extensions);
            script.NewShell();
            script.StartIn("$SCRIPT_DIR");
            script.Line(value, line, column, output.References);
            return script;
        }

        if (path.Count == 0 || Array.IndexOf(EntryKeys, path[0]) < 0 || value.Length == 0)
        {
            return script;
        }

        var file = value.StartsWith("./", StringComparison.Ordinal) ? value[2..] : value;
        if (PlainPath.IsPlain(file) && file.Contains('.'))
        {
            output.References.Add(new RawReference(value.ToString(), line, column + 1, value.Length, ReferenceKind.Path)
            {
                Role = ReferenceRole.Read,
                Folder = "$SCRIPT_DIR",
            });
        }

        return script;
    }

    private static int StringEnd(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length)
        {
            if (line[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (line[i] == '"')
            {
                return i + 1;
            }

            i++;
        }

        return line.Length;
    }
}
