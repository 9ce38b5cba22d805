using Maia.Sre.Ci.Extraction.Shell;

namespace Maia.Sre.Ci.Extraction.Markdown;

/// <summary>
/// What an inline code span names. A command (<c>`python3 tools/x.py`</c>, <c>`./scripts/build.sh --fast`</c>) is
/// read as a shell command line, so the script it runs has the role <see cref="ReferenceRole.Run"/>; a single path
/// (<c>`docs/policies/refunds.md`</c>, <c>`config/app.json`</c>, <c>`src/App.csproj`</c>) is a mention of that file
/// whatever its extension; anything else is searched for tool tokens like prose.
/// </summary>
internal static class InlineCode
{
    /// <summary>Adds the references of the span <c>line[start..end]</c> on line <paramref name="number"/>.</summary>
    public static void Extract(ReadOnlySpan<char> line, int start, int end, int number, ExtensionSet extensions, ExtractionOutput output, string? retired)
    {
        var code = line[start..end];
        var trimmed = code.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        var first = start + code.IndexOf(trimmed[0]);
        var space = trimmed.IndexOfAny(' ', '\t');
        if (space < 0)
        {
            Single(line, first, first + trimmed.Length, number, extensions, output, retired);
            return;
        }

        if (CommandStart.IsCommand(trimmed[..space], extensions) && !IsData(trimmed[..space]))
        {
            var script = output.Shell(extensions);
            var before = output.References.Count;
            script.Line(trimmed, number, first, output.References);
            Mark(output.References, before, retired);
            return;
        }

        Prose(line, first, first + trimmed.Length, number, extensions, output, retired);
    }

    /// <summary>Commands whose words are all data (<c>echo</c>, <c>grep</c>): inline, they are named, not run.</summary>
    private static bool IsData(ReadOnlySpan<char> word) => ShellCommands.Of(word.ToString()) == CommandClass.Data;

    private static void Single(ReadOnlySpan<char> line, int start, int end, int number, ExtensionSet extensions, ExtractionOutput output, string? retired)
    {
        var word = line[start..end];
        var before = output.References.Count;
        Prose(line, start, end, number, extensions, output, retired);
        var covered = output.References.Count > before && output.References[^1].Column + output.References[^1].Length - 1 == end;
        if (covered || !LooksLikePath(word))
        {
            return;
        }

        output.References.Add(new RawReference(word.ToString(), number, start + 1, word.Length, ReferenceKind.Path)
        {
            Role = ReferenceRole.Mention,
            Retired = retired,
        });
    }

    /// <summary>A relative file path: folders and a name with an extension, or a project or manifest file.</summary>
    internal static bool LooksLikePath(ReadOnlySpan<char> word)
    {
        if (!PlainPath.IsPlain(word) || word.Contains("//", StringComparison.Ordinal) || word.EndsWith("/", StringComparison.Ordinal))
        {
            return false;
        }

        if (PlainPath.IsProjectFile(word))
        {
            return true;
        }

        var slash = word.LastIndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        var name = word[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1 || name.Length - dot > 8)
        {
            return false;
        }

        foreach (var c in name[(dot + 1)..])
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return char.IsAsciiLetter(name[dot + 1]);
    }

    private static void Prose(ReadOnlySpan<char> line, int start, int end, int number, ExtensionSet extensions, ExtractionOutput output, string? retired)
    {
        var spans = output.Spans;
        spans.Clear();
        PathTokenScanner.Scan(line[start..end], extensions, spans);
        foreach (var (s, length) in spans)
        {
            var at = start + s;
            if (!MarkdownExtractor.IsUrlTail(line, at))
            {
                output.References.Add(new RawReference(line.Slice(at, length).ToString(), number, at + 1, length, ReferenceKind.Tool)
                {
                    Role = ReferenceRole.Mention,
                    Retired = retired,
                });
            }
        }
    }

    private static void Mark(List<RawReference> references, int from, string? retired)
    {
        if (retired is null)
        {
            return;
        }

        for (var i = from; i < references.Count; i++)
        {
            references[i] = references[i] with { Retired = retired };
        }
    }
}
