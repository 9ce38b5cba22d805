using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Anchors;

/// <summary>
/// What a link fragment can point at in a link target: read from the file, or computed from text already read. Keeps
/// nothing; the fragment checks (<see cref="AnchorFindings"/>) keep each target's anchors once known. A page of a
/// documentation site also gets the ids its site makes (<see cref="HeadingIdStyle"/>), MDX pages included.
/// </summary>
public sealed class AnchorReader
{
    /// <summary>Text that takes in another file's content when a site is built (MDX imports, VitePress, MkDocs and Hugo includes).</summary>
    private static readonly string[] IncludeMarks = ["<!--@include:", "--8<--", "{{< include", "{{% include", "{{< readfile", "{{% readfile", "{% include_relative", "{% include "];

    private readonly string root;
    private readonly Func<string, HeadingIdStyle?>? siteStyle;

    /// <summary>Creates a reader of files under <paramref name="root"/>; <paramref name="siteStyle"/> gives the heading id style of a site page, or null for any other file.</summary>
    public AnchorReader(string root, Func<string, HeadingIdStyle?>? siteStyle = null)
    {
        this.root = root;
        this.siteStyle = siteStyle;
    }

    /// <summary>Reads the repository file <paramref name="path"/> and computes its anchors, or null when it cannot be read as text.</summary>
    public FileAnchors? Read(string path)
    {
        using var text = SourceReader.Read(root, path, out _);
        return text is null ? null : Compute(path, text);
    }

    /// <summary>The anchors of <paramref name="text"/>, the already-read content of <paramref name="path"/>, with its site's ids when it is a site page.</summary>
    public FileAnchors Compute(string path, SourceText text)
    {
        if (siteStyle?.Invoke(path) is not { } style || !(FileAnchors.IsMarkdownPath(path) || path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase)))
        {
            return Of(path, text);
        }

        var anchors = MarkdownAnchors.Collect(text, style);
        return IsIncomplete(path, text) ? new FileAnchors(anchors.Ids, anchors.LineCount, isMarkdown: true) { Incomplete = true } : anchors;
    }

    /// <summary>Computes the anchors of <paramref name="text"/>, the already-read content of <paramref name="path"/>, as GitHub shows it.</summary>
    public static FileAnchors Of(string path, SourceText text) =>
        FileAnchors.IsMarkdownPath(path) ? MarkdownAnchors.Collect(text) : new FileAnchors([], text.LineCount, isMarkdown: false);

    /// <summary>True when the page takes in other files' content (see <see cref="FileAnchors.Incomplete"/>).</summary>
    private static bool IsIncomplete(string path, SourceText text)
    {
        foreach (var mark in IncludeMarks)
        {
            if (text.Contains(mark))
            {
                return true;
            }
        }

        // MDX: "import Partial from './_partial.mdx'" (or .md), rendered as <Partial />.
        return path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase) && (text.Contains(".mdx'") || text.Contains(".mdx\"") || text.Contains(".md'") || text.Contains(".md\""))
            && text.Contains("import ");
    }
}
