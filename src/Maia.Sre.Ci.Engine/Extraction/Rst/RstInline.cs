using System.Text.RegularExpressions;
using Maia.Sre.Ci.Extraction.Markdown;

namespace Maia.Sre.Ci.Extraction.Rst;

/// <summary>
/// The references in one line of reStructuredText prose: roles (<c>:doc:</c> documents, <c>:ref:</c> labels,
/// <c>:download:</c> files, <c>:file:</c> paths), hyperlinks with an embedded target (<c>`text &lt;path&gt;`_</c>),
/// inline literals (<c>``tools/x.sh --fast``</c>, read as Markdown reads inline code) and tool tokens in the rest.
/// </summary>
internal static partial class RstInline
{
    /// <summary>Adds the references of <paramref name="line"/> (line <paramref name="lineNo"/>) to <paramref name="output"/>.</summary>
    public static void Line(ReadOnlySpan<char> line, int lineNo, ExtensionSet extensions, ExtractionOutput output, string? retired)
    {
        var taken = output.Taken;
        taken.Clear();
        if (line.IndexOf('`') >= 0)
        {
            var text = line.ToString();
            Roles(text, lineNo, extensions, output, taken, retired);
            Embedded(text, lineNo, output, taken, retired);
            Literals(text, lineNo, extensions, output, taken, retired);
        }

        var spans = output.Spans;
        spans.Clear();
        PathTokenScanner.Scan(line, extensions, spans);
        foreach (var (start, length) in spans)
        {
            if (!MarkdownLinks.Overlaps(taken, start, start + length) && !MarkdownExtractor.IsUrlTail(line, start))
            {
                output.References.Add(new RawReference(line.Slice(start, length).ToString(), lineNo, start + 1, length, ReferenceKind.Tool)
                {
                    Role = ReferenceRole.Mention,
                    Retired = retired,
                });
            }
        }
    }

    /// <summary>A hyperlink target's URI as a link reference when it names a local path (not a URL, not another target).</summary>
    public static void Target(string target, int lineNo, int column, List<RawReference> output, string? retired)
    {
        var trimmed = target.Trim();
        if (trimmed.Length == 0 || trimmed.EndsWith('_') || LinkTargets.IsExternalOrAnchor(trimmed) || trimmed.Contains(' ', StringComparison.Ordinal))
        {
            return;
        }

        var (path, fragment) = LinkTargets.Split(trimmed);
        if (path.Length > 0)
        {
            output.Add(new RawReference(path, lineNo, column, trimmed.Length, ReferenceKind.Link, fragment) { Role = ReferenceRole.Read, Retired = retired });
        }
    }

    private static void Roles(string line, int lineNo, ExtensionSet extensions, ExtractionOutput output, List<(int Start, int End)> taken, string? retired)
    {
        foreach (Match role in Role().Matches(line))
        {
            var content = role.Groups["content"];
            taken.Add((role.Index, role.Index + role.Length));
            var (target, at) = Explicit(content.Value, content.Index);
            switch (role.Groups["name"].Value)
            {
                case "doc" when role.Groups["domain"].Success is false || role.Groups["domain"].Value == "std":
                    if (!target.Contains('*', StringComparison.Ordinal) && !LinkTargets.IsExternalOrAnchor(target))
                    {
                        output.References.Add(new RawReference(target, lineNo, at + 1, target.Length, ReferenceKind.Document) { Role = ReferenceRole.Read, Retired = retired });
                    }

                    break;
                case "ref" when role.Groups["domain"].Success is false || role.Groups["domain"].Value == "std":
                    // "python:tutorial" names another project's label (intersphinx).
                    if (!target.Contains(':', StringComparison.Ordinal) && target.Length > 0)
                    {
                        output.References.Add(new RawReference(target, lineNo, at + 1, target.Length, ReferenceKind.Label) { Role = ReferenceRole.Read, Retired = retired });
                    }

                    break;
                case "download":
                    Target(target, lineNo, at + 1, output.References, retired);
                    break;
                case "file":
                    // The path a ':file:' role shows is like inline code; "{placeholders}" are the role's own syntax.
                    if (!target.Contains('{', StringComparison.Ordinal))
                    {
                        InlineCode.Extract(line, at, at + target.Length, lineNo, extensions, output, retired);
                    }

                    break;
            }
        }
    }

    /// <summary><c>`text &lt;target&gt;`_</c> and <c>`text &lt;target&gt;`__</c>: the target when it is a local path.</summary>
    private static void Embedded(string line, int lineNo, ExtractionOutput output, List<(int Start, int End)> taken, string? retired)
    {
        foreach (Match link in EmbeddedLink().Matches(line))
        {
            if (MarkdownLinks.Overlaps(taken, link.Index, link.Index + link.Length))
            {
                continue;
            }

            taken.Add((link.Index, link.Index + link.Length));
            var target = link.Groups["target"];
            Target(target.Value, lineNo, target.Index + 1, output.References, retired);
        }
    }

    /// <summary><c>``literal``</c>: a command line or a path, as Markdown's inline code.</summary>
    private static void Literals(string line, int lineNo, ExtensionSet extensions, ExtractionOutput output, List<(int Start, int End)> taken, string? retired)
    {
        foreach (Match literal in InlineLiteral().Matches(line))
        {
            if (MarkdownLinks.Overlaps(taken, literal.Index, literal.Index + literal.Length))
            {
                continue;
            }

            taken.Add((literal.Index, literal.Index + literal.Length));
            var content = literal.Groups["content"];
            InlineCode.Extract(line, content.Index, content.Index + content.Length, lineNo, extensions, output, retired);
        }
    }

    /// <summary>The target of <c>title &lt;target&gt;</c>, or the whole content, with its column; a leading <c>~</c> or <c>!</c> dropped.</summary>
    private static (string Target, int At) Explicit(string content, int at)
    {
        var open = content.LastIndexOf('<');
        if (content.EndsWith('>') && open >= 0)
        {
            return (content[(open + 1)..^1].Trim(), at + open + 1);
        }

        var trimmed = content.TrimStart('~', '!');
        return (trimmed, at + content.Length - trimmed.Length);
    }

    [GeneratedRegex(@"(?<![\w`:])(?::(?<domain>[a-z][\w-]*))?:(?<name>[a-z][\w-]*):`(?<content>[^`]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex Role();

    [GeneratedRegex(@"(?<![\w`:])`(?<text>[^`<]*)<(?<target>[^<>`]+)>`__?(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedLink();

    [GeneratedRegex(@"``(?<content>[^`]+?)``", RegexOptions.CultureInvariant)]
    private static partial Regex InlineLiteral();
}
