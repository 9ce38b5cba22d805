namespace Maia.Sre.Ci.Anchors;

/// <summary>What a link fragment can point at in one file: its anchors (Markdown) and its line count.</summary>
public sealed class FileAnchors
{
    /// <summary>Up to this many anchors are searched in order: most files have a handful, and the index of every link target is kept for the whole run.</summary>
    internal const int ListedAtMost = 16;

    private readonly HashSet<string>? ids;

    /// <summary>Creates the set.</summary>
    /// <param name="ids">Heading IDs and explicit HTML anchors, in document order.</param>
    /// <param name="lineCount">Lines in the file.</param>
    /// <param name="isMarkdown">True when GitHub renders the file as Markdown.</param>
    public FileAnchors(IReadOnlyList<string> ids, int lineCount, bool isMarkdown)
    {
        Ids = ids;
        this.ids = ids.Count > ListedAtMost ? new HashSet<string>(ids, StringComparer.Ordinal) : null;
        LineCount = lineCount;
        IsMarkdown = isMarkdown;
    }

    /// <summary>Every anchor, in document order (duplicates removed).</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Lines in the file (a final line break does not start another line).</summary>
    public int LineCount { get; }

    /// <summary>True when GitHub renders the file as Markdown, so fragments name headings rather than lines.</summary>
    public bool IsMarkdown { get; }

    /// <summary>True when <paramref name="id"/> is an anchor of this file (exact, case-sensitive).</summary>
    public bool Has(string id)
    {
        if (ids is not null)
        {
            return ids.Contains(id);
        }

        foreach (var anchor in Ids)
        {
            if (string.Equals(anchor, id, StringComparison.Ordinal))
            {
                return true;
            }
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
