using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Anchors;

/// <summary>
/// What a link fragment can point at in a link target: read from the file, or computed from text already read. Keeps
/// nothing; the fragment checks (<see cref="AnchorFindings"/>) keep each target's anchors once known.
/// </summary>
public sealed class AnchorReader
{
    private readonly string root;

    /// <summary>Creates a reader of files under <paramref name="root"/>.</summary>
    public AnchorReader(string root) => this.root = root;

    /// <summary>Reads the repository file <paramref name="path"/> and computes its anchors, or null when it cannot be read as text.</summary>
    public FileAnchors? Read(string path)
    {
        using var text = SourceReader.Read(root, path, out _);
        return text is null ? null : Of(path, text);
    }

    /// <summary>Computes the anchors of <paramref name="text"/>, the already-read content of <paramref name="path"/>.</summary>
    public static FileAnchors Of(string path, SourceText text) =>
        FileAnchors.IsMarkdownPath(path) ? MarkdownAnchors.Collect(text) : new FileAnchors([], text.LineCount, isMarkdown: false);
}
