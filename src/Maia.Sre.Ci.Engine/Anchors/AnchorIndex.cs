using System.Collections.Concurrent;
using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Anchors;

/// <summary>
/// The anchors of each link target, read and computed once per file however many links point at it. Safe to share
/// between the analyzer's parallel source scans.
/// </summary>
public sealed class AnchorIndex
{
    private readonly string root;
    private readonly ConcurrentDictionary<string, Lazy<FileAnchors?>> cache = new(StringComparer.Ordinal);

    /// <summary>Creates an index of files under <paramref name="root"/>.</summary>
    public AnchorIndex(string root) => this.root = root;

    /// <summary>The anchors of the repository file <paramref name="path"/>, or null when it cannot be read as text.</summary>
    public FileAnchors? For(string path) =>
        cache.GetOrAdd(path, p => new Lazy<FileAnchors?>(() => Load(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The anchors of <paramref name="text"/>, the already-read content of <paramref name="path"/> (same-file links: no second read).</summary>
    public FileAnchors For(string path, SourceText text) =>
        cache.GetOrAdd(path, p => new Lazy<FileAnchors?>(() => Collect(p, text), LazyThreadSafetyMode.ExecutionAndPublication)).Value ?? Collect(path, text);

    private FileAnchors? Load(string path)
    {
        using var text = SourceReader.Read(root, path, out _);
        return text is null ? null : Collect(path, text);
    }

    private static FileAnchors Collect(string path, SourceText text) =>
        FileAnchors.IsMarkdownPath(path) ? MarkdownAnchors.Collect(text) : new FileAnchors([], text.LineCount, isMarkdown: false);
}
