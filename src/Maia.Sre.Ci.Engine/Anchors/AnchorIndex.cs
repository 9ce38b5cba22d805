using System.Collections.Concurrent;
using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Anchors;

/// <summary>
/// The anchors of each link target, read and computed once per file however many links point at it (two scans that
/// ask for the same new file at the same moment may both compute it; one result is kept). Safe to share between the
/// analyzer's parallel source scans.
/// </summary>
public sealed class AnchorIndex
{
    private readonly string root;

    // The values themselves, not lazy wrappers: an entry is one dictionary node and the file's anchors, which matters
    // when the index holds tens of thousands of files for the whole run.
    private readonly ConcurrentDictionary<string, FileAnchors?> cache = new(StringComparer.Ordinal);

    /// <summary>Creates an index of files under <paramref name="root"/>.</summary>
    public AnchorIndex(string root) => this.root = root;

    /// <summary>The anchors of the repository file <paramref name="path"/>, or null when it cannot be read as text.</summary>
    public FileAnchors? For(string path) =>
        cache.TryGetValue(path, out var known) ? known : cache.GetOrAdd(path, static (p, index) => index.Load(p), this);

    /// <summary>The anchors of <paramref name="text"/>, the already-read content of <paramref name="path"/> (same-file links: no second read).</summary>
    public FileAnchors For(string path, SourceText text) =>
        cache.GetOrAdd(path, static (p, t) => Collect(p, t), text) ?? Collect(path, text);

    /// <summary>Reads and computes the anchors of <paramref name="path"/> without keeping them (for a caller that keeps its own), or null.</summary>
    public FileAnchors? Read(string path) => Load(path);

    /// <summary>Computes the anchors of <paramref name="text"/>, the already-read content of <paramref name="path"/>, without keeping them.</summary>
    public static FileAnchors Of(string path, SourceText text) => Collect(path, text);

    private FileAnchors? Load(string path)
    {
        using var text = SourceReader.Read(root, path, out _);
        return text is null ? null : Collect(path, text);
    }

    private static FileAnchors Collect(string path, SourceText text) =>
        FileAnchors.IsMarkdownPath(path) ? MarkdownAnchors.Collect(text) : new FileAnchors([], text.LineCount, isMarkdown: false);
}
