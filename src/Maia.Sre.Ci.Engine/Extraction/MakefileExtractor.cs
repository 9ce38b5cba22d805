using Maia.Sre.Ci.Extraction.Shell;

namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// Makefiles and justfiles. A recipe line (tab-indented in a Makefile, indented in a justfile) is a shell command
/// line of its own, after its <c>@</c>, <c>-</c> and <c>+</c> prefixes: it runs what it names. A rule's prerequisites
/// are read (unless another rule makes them), its targets are made, <c>include</c>d files are read; variable values
/// are data.
/// </summary>
public sealed class MakefileExtractor : IReferenceExtractor
{
    /// <summary>GNU make files.</summary>
    public static readonly MakefileExtractor Make = new(justfile: false);

    /// <summary>just's justfiles.</summary>
    public static readonly MakefileExtractor Just = new(justfile: true);

    private readonly bool justfile;

    private MakefileExtractor(bool justfile) => this.justfile = justfile;

    /// <inheritdoc/>
    public void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output)
    {
        var script = output.Shell(extensions);
        var spans = output.Spans;
        var inDefine = false;
        var recipeIsOtherLanguage = false;
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i);
            var number = i + 1;
            if (script.Continued)
            {
                script.Line(line, number, 0, output.References);
                continue;
            }

            var recipe = justfile ? line.Length > 0 && line[0] is ' ' or '\t' : line.Length > 0 && line[0] == '\t';
            if (recipe && !inDefine)
            {
                var body = line.TrimStart(" \t");
                if (body.StartsWith("#!", StringComparison.Ordinal))
                {
                    recipeIsOtherLanguage = !body.Contains("sh", StringComparison.Ordinal);
                    continue;
                }

                if (recipeIsOtherLanguage || body.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                var start = line.Length - body.Length;
                while (start < line.Length && line[start] is '@' or '-' or '+')
                {
                    start++;
                }

                script.NewShell();
                script.Line(line[start..], number, start, output.References);
                continue;
            }

            recipeIsOtherLanguage = false;
            var code = WithoutComment(line);
            var trimmed = code.Trim();
            if (trimmed.StartsWith("define ", StringComparison.Ordinal))
            {
                inDefine = true;
                continue;
            }

            if (inDefine || trimmed.Length == 0)
            {
                inDefine &= !trimmed.StartsWith("endef", StringComparison.Ordinal);
                continue;
            }

            var role = ReferenceRole.Data;
            var from = 0;
            if (trimmed.StartsWith("include ", StringComparison.Ordinal))
            {
                role = ReferenceRole.Read;
            }
            else if (RuleColon(code) is var colon and > 0)
            {
                // targets: prerequisites [; recipe]; a rule makes its targets, whatever they are named.
                foreach (var target in code[..colon].ToString().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (target.IndexOfAny(['%', '$']) < 0 && !target.StartsWith(".PHONY", StringComparison.Ordinal))
                    {
                        script.Produces(target);
                    }
                }

                Scan(code[..colon], 0, ReferenceRole.Produce, number, extensions, spans, output.References);
                var semicolon = code[colon..].IndexOf(';');
                var prerequisites = semicolon < 0 ? code[colon..] : code[colon..(colon + semicolon)];
                Scan(prerequisites, colon, ReferenceRole.Read, number, extensions, spans, output.References);
                if (semicolon >= 0)
                {
                    script.NewShell();
                    script.Line(code[(colon + semicolon + 1)..], number, colon + semicolon + 1, output.References);
                }

                continue;
            }

            Scan(code[from..], from, role, number, extensions, spans, output.References);
        }
    }

    private static void Scan(ReadOnlySpan<char> part, int offset, ReferenceRole role, int number, ExtensionSet extensions, List<(int Start, int Length)> spans, List<RawReference> output)
    {
        spans.Clear();
        PathTokenScanner.Scan(part, extensions, spans);
        foreach (var (start, length) in spans)
        {
            if (!MarkdownExtractor.IsUrlTail(part, start))
            {
                output.Add(new RawReference(part.Slice(start, length).ToString(), number, offset + start + 1, length, ReferenceKind.Tool) { Role = role });
            }
        }
    }

    /// <summary>The index of a rule's ':' (not ':=' or '::='), or -1 for an assignment or anything else.</summary>
    private static int RuleColon(ReadOnlySpan<char> line)
    {
        var equals = line.IndexOf('=');
        var colon = line.IndexOf(':');
        if (colon <= 0 || (equals >= 0 && equals < colon) || (colon + 1 < line.Length && line[colon + 1] == '='))
        {
            return -1;
        }

        var afterColons = line[colon..].TrimStart(':');
        return afterColons.Length > 0 && afterColons[0] == '=' ? -1 : colon;
    }

    private static ReadOnlySpan<char> WithoutComment(ReadOnlySpan<char> line)
    {
        var hash = line.IndexOf('#');
        return hash < 0 ? line : line[..hash];
    }
}
