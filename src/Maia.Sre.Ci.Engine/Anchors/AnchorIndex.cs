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

    private FileAnchors? Load(string path)
    {
        var content = SourceReader.Read(root, path, out _);
        if (content is null)
        {
            return null;
        }

        var text = new SourceText(path, content);
        return FileAnchors.IsMarkdownPath(path) ? MarkdownAnchors.Collect(text) : new FileAnchors([], text.Lines.Count, isMarkdown: false);
    }
}
