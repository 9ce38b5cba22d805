namespace Maia.Sre.Ci.Anchors;

/// <summary>What a link fragment can point at in one file: its anchors (Markdown) and its line count.</summary>
/// <remarks>
/// The index keeps one of these for every link target until the end of the run (tens of thousands in a large
/// repository), so the usual handful of anchors is kept as one string, not one string each in a list: three objects
/// per file fewer for the garbage collector to trace and move, and six or more strings.
/// </remarks>
public sealed class FileAnchors
{
    /// <summary>Up to this many anchors are searched in order: most files have a handful, and the index of every link target is kept for the whole run.</summary>
    internal const int ListedAtMost = 16;

    /// <summary>Separates the anchors in <see cref="joined"/>; no anchor holds it (heading IDs and attribute values are one line).</summary>
    private const char Separator = '\n';

    /// <summary>Every anchor, in order, separated by <see cref="Separator"/> (when not kept in <see cref="set"/>).</summary>
    private readonly string joined;

    /// <summary>The anchors of a file with many of them, or with one holding the separator; else null.</summary>
    private readonly HashSet<string>? set;

    /// <summary>The anchors as a list, made when first asked for (only to explain a missing fragment).</summary>
    private IReadOnlyList<string>? ids;

    /// <summary>Creates the set.</summary>
    /// <param name="ids">Heading IDs and explicit HTML anchors, in document order.</param>
    /// <param name="lineCount">Lines in the file.</param>
    /// <param name="isMarkdown">True when GitHub renders the file as Markdown.</param>
    public FileAnchors(IReadOnlyList<string> ids, int lineCount, bool isMarkdown)
    {
        Count = ids.Count;
        if (ids.Count > ListedAtMost || ids.Any(id => id.Contains(Separator, StringComparison.Ordinal)))
        {
            this.ids = [.. ids];
            set = new HashSet<string>(ids, StringComparer.Ordinal);
            joined = string.Empty;
        }
        else
        {
            joined = string.Join(Separator, ids);
        }

        LineCount = lineCount;
        IsMarkdown = isMarkdown;
    }

    /// <summary>Every anchor, in document order (duplicates removed).</summary>
    public IReadOnlyList<string> Ids => ids ??= Count == 0 ? [] : joined.Split(Separator);

    /// <summary>The number of anchors.</summary>
    public int Count { get; }

    /// <summary>Lines in the file (a final line break does not start another line).</summary>
    public int LineCount { get; }

    /// <summary>True when GitHub renders the file as Markdown, so fragments name headings rather than lines.</summary>
    public bool IsMarkdown { get; }

    /// <summary>
    /// True when the page takes in content from other files when its site is built (an MDX import of a partial, a
    /// VitePress or MkDocs include, a Hugo include shortcode): its headings are not all in its text, so a fragment
    /// missing from it may still exist on the page, and is not reported.
    /// </summary>
    public bool Incomplete { get; init; }

    /// <summary>True when <paramref name="id"/> is an anchor of this file (exact, case-sensitive).</summary>
    public bool Has(string id)
    {
        if (set is not null)
        {
            return set.Contains(id);
        }

        if (Count == 0 || id.Length == 0)
        {
            return Count > 0 && Ids.Contains(id);
        }

        // An occurrence counts when it is a whole anchor: separators (or the ends) on both sides.
        var from = 0;
        while (from <= joined.Length - id.Length)
        {
            var at = joined.IndexOf(id, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var end = at + id.Length;
            if ((at == 0 || joined[at - 1] == Separator) && (end == joined.Length || joined[end] == Separator))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>True for the extensions GitHub renders as Markdown.</summary>
    public static bool IsMarkdownPath(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext is ".md" or ".markdown" or ".mdown" or ".mkdn" or ".mkd" or ".mdwn";
    }
}
