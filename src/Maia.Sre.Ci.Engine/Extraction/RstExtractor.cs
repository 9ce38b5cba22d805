using System.Text.RegularExpressions;
using Maia.Sre.Ci.Extraction.Markdown;
using Maia.Sre.Ci.Extraction.Rst;

namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// reStructuredText (Sphinx documentation), block by block. Directives that name files are read
/// (<c>include</c>, <c>literalinclude</c>, <c>image</c>, <c>figure</c>, the <c>:file:</c> option of
/// <c>csv-table</c> and <c>raw</c>, substitution images): <see cref="ReferenceRole.Read"/>. <c>toctree</c> entries and
/// <c>:doc:</c> roles name documents (<see cref="ReferenceKind.Document"/>), <c>:ref:</c> roles labels
/// (<see cref="ReferenceKind.Label"/>), hyperlink targets and embedded links local files. Code blocks
/// (<c>code-block</c>, <c>code</c>, <c>sourcecode</c>, <c>prompt</c>, and <c>::</c> literal blocks in the
/// <c>highlight</c> language) are read in their language as Markdown's fenced blocks are: shell and console sessions
/// as command lines (so a script they run is <see cref="ReferenceRole.Run"/>), other languages as examples. Comments
/// hold no references.
/// </summary>
public sealed partial class RstExtractor : IReferenceExtractor
{
    /// <summary>A shared instance.</summary>
    public static readonly RstExtractor Instance = new();

    private static readonly string[] FileDirectives = ["include", "literalinclude", "image", "figure", "graphviz"];
    private static readonly string[] CodeDirectives = ["code-block", "code", "sourcecode", "prompt"];

    /// <inheritdoc/>
    public void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output)
    {
        var block = new CodeBlock(extensions, output);
        var state = new Block();
        var highlight = "python";
        string? retired = null;
        var literalNext = false;
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i);
            var lineNo = i + 1;
            var trimmed = line.TrimStart();
            var indent = line.Length - trimmed.Length;
            if (state.Mode != BlockMode.None)
            {
                if (trimmed.IsEmpty)
                {
                    continue;
                }

                if (indent > state.Indent)
                {
                    Content(line, trimmed, indent, lineNo, state, block, output, retired);
                    continue;
                }

                state.Mode = BlockMode.None;
            }

            if (trimmed.IsEmpty)
            {
                if (literalNext)
                {
                    // "Paragraph::" then an indented block: a literal block in the current highlight language.
                    state.Open(BlockMode.Code, state.LiteralIndent, options: false);
                    block.OpenDelimited(highlight);
                    literalNext = false;
                }

                continue;
            }

            literalNext = false;
            if (i + 1 < text.LineCount && IsUnderline(text.Line(i + 1), trimmed.TrimEnd().Length))
            {
                retired = Analysis.RetiredContext.Find(trimmed.Trim().ToString()); // a section title
            }

            if (trimmed.StartsWith("..", StringComparison.Ordinal) && (trimmed.Length == 2 || trimmed[2] is ' ' or '\t'))
            {
                Explicit(line.ToString(), indent, lineNo, state, block, output, ref highlight, retired);
                continue;
            }

            RstInline.Line(line, lineNo, extensions, output, retired);
            if (trimmed.TrimEnd().EndsWith("::", StringComparison.Ordinal))
            {
                literalNext = true;
                state.LiteralIndent = indent;
            }
        }
    }

    /// <summary>An explicit markup line (<c>.. </c>): a directive, a hyperlink target, a substitution, or a comment.</summary>
    private static void Explicit(string line, int indent, int lineNo, Block state, CodeBlock block, ExtractionOutput output, ref string highlight, string? retired)
    {
        if (Directive().Match(line) is { Success: true } directive)
        {
            var name = directive.Groups["name"].Value.ToLowerInvariant();
            var argument = directive.Groups["args"];
            name = name.StartsWith("rst:", StringComparison.Ordinal) ? name[4..] : name;
            if (Array.IndexOf(FileDirectives, name) >= 0 && argument.Success)
            {
                FileArgument(argument.Value, argument.Index, lineNo, output, retired);
            }

            if (Array.IndexOf(CodeDirectives, name) >= 0)
            {
                state.Open(BlockMode.Code, indent);
                block.OpenDelimited(argument.Success && argument.Value.Trim().Length > 0 ? argument.Value.Trim() : highlight);
            }
            else if (name == "highlight" && argument.Success)
            {
                highlight = argument.Value.Trim();
            }
            else if (name == "toctree")
            {
                state.Open(BlockMode.Toctree, indent);
            }
            else if (name is "literalinclude" or "csv-table" or "raw" or "math" or "graphviz" or "mermaid" or "uml")
            {
                state.Open(BlockMode.Options, indent); // options only (a ':file:'), then content that is not prose
            }

            return;
        }

        if (Target().Match(line) is { Success: true } target)
        {
            var value = target.Groups["target"];
            RstInline.Target(value.Value, lineNo, value.Index + 1, output.References, retired);
            return;
        }

        // Anything else after ".." is a comment: it and its indented lines hold no references.
        state.Open(BlockMode.Comment, indent);
    }

    /// <summary>A line inside a block (more indented than its start).</summary>
    private static void Content(ReadOnlySpan<char> line, ReadOnlySpan<char> trimmed, int indent, int lineNo, Block state, CodeBlock block, ExtractionOutput output, string? retired)
    {
        // Options come first, right under the directive: ":caption: x", ":file: data.csv".
        if (state.InOptions && trimmed.StartsWith(":", StringComparison.Ordinal) && Option().Match(trimmed.ToString()) is { Success: true } option)
        {
            if (option.Groups["name"].Value == "file")
            {
                var value = option.Groups["value"];
                FileArgument(value.Value, indent + value.Index, lineNo, output, retired);
            }

            state.Glob |= option.Groups["name"].Value == "glob";
            return;
        }

        state.InOptions = false;
        state.ContentIndent = state.ContentIndent < 0 ? indent : state.ContentIndent;
        switch (state.Mode)
        {
            case BlockMode.Code:
                block.DelimitedLine(line, state.ContentIndent, lineNo, retired);
                break;
            case BlockMode.Toctree:
                TocEntry(trimmed.TrimEnd().ToString(), indent, lineNo, state.Glob, output, retired);
                break;
        }
    }

    /// <summary>A directive's path argument (<c>.. image:: _static/x.png</c>), unless it is a standard include (<c>&lt;isonum.txt&gt;</c>).</summary>
    private static void FileArgument(string value, int column, int lineNo, ExtractionOutput output, string? retired)
    {
        var trimmed = value.TrimEnd();
        if (trimmed.Length == 0 || trimmed.StartsWith('<') || trimmed.Contains(' ', StringComparison.Ordinal))
        {
            return;
        }

        RstInline.Target(trimmed, lineNo, column + 1, output.References, retired);
    }

    /// <summary>A toctree entry: a document name, or <c>Title &lt;name&gt;</c>; <c>self</c>, URLs and glob patterns are not documents.</summary>
    private static void TocEntry(string entry, int indent, int lineNo, bool glob, ExtractionOutput output, string? retired)
    {
        var name = entry;
        var at = indent;
        if (entry.EndsWith('>') && entry.LastIndexOf('<') is var open and >= 0)
        {
            name = entry[(open + 1)..^1].Trim();
            at = indent + open + 1;
        }

        if (name == "self" || name.Length == 0 || LinkTargets.IsExternalOrAnchor(name) || (glob && name.AsSpan().IndexOfAny("*?[") >= 0))
        {
            return;
        }

        // Sphinx drops a source suffix written in an entry.
        foreach (var suffix in new[] { ".rst", ".md", ".txt" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        output.References.Add(new RawReference(name, lineNo, at + 1, name.Length, ReferenceKind.Document) { Role = ReferenceRole.Read, Retired = retired });
    }

    /// <summary>True for a section title's underline (or overline): one punctuation character repeated, as long as the title.</summary>
    private static bool IsUnderline(ReadOnlySpan<char> line, int titleLength)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.Length < Math.Max(3, titleLength) || line.Length > 0 && line[0] == ' ' || !(char.IsPunctuation(trimmed[0]) || char.IsSymbol(trimmed[0])))
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (c != trimmed[0])
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\s*\.\.\s+(?:\|[^|]+\|\s+)?(?<name>[A-Za-z][\w:+.-]*)::(?:[ \t]+(?<args>\S.*))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Directive();

    [GeneratedRegex(@"^\s*\.\.\s+_(?:[^:`\\]+|`[^`]+`)?:\s+(?<target>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Target();

    [GeneratedRegex(@"^:(?<name>[\w-]+):(?:\s+(?<value>\S.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Option();

    /// <summary>What the lines below a directive or comment are.</summary>
    private enum BlockMode : byte
    {
        None,
        Comment,
        Code,
        Toctree,
        Options,
    }

    /// <summary>The block being read: what it is, how far its start is indented, and where its content begins.</summary>
    private sealed class Block
    {
        public BlockMode Mode { get; set; }

        public int Indent { get; private set; }

        public int ContentIndent { get; set; } = -1;

        public bool InOptions { get; set; }

        public bool Glob { get; set; }

        /// <summary>The indentation of the paragraph ending in "::", whose literal block follows.</summary>
        public int LiteralIndent { get; set; }

        public void Open(BlockMode mode, int indent, bool options = true)
        {
            Mode = mode;
            Indent = indent;
            ContentIndent = -1;
            InOptions = options && mode != BlockMode.Comment;
            Glob = false;
        }
    }
}
