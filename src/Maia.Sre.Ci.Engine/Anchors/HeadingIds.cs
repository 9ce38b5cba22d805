namespace Maia.Sre.Ci.Anchors;

/// <summary>
/// The ids one document's headings get, in document order: GitHub's always (GitHub renders every Markdown file of
/// the repository), and a documentation site's too when the file is a page of a site that makes its own
/// (<see cref="HeadingIdStyle"/>). A fragment is then checked against both: a link that works on either is kept.
/// </summary>
internal sealed class HeadingIds
{
    private readonly SlugCounter github = new();
    private readonly HeadingIdStyle style;
    private readonly HashSet<string>? used;

    public HeadingIds(HeadingIdStyle style)
    {
        this.style = style;
        used = style == HeadingIdStyle.GitHub ? null : new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>Every id so far, in order (duplicates possible).</summary>
    public List<string> Ids { get; } = [];

    /// <summary>Adds the ids of a heading whose plain text is <paramref name="plain"/>.</summary>
    public void Heading(string plain)
    {
        Ids.Add(github.Next(plain));
        if (used is not null)
        {
            var slug = style == HeadingIdStyle.MkDocs ? SiteSlug.MkDocs(plain) : SiteSlug.VitePress(plain);
            Ids.Add(SiteSlug.Unique(style, slug, used));
        }
    }

    /// <summary>
    /// Adds GitHub's id of a heading that a site names otherwise (its line ends with an attribute list, which GitHub
    /// renders as text): counted among GitHub's duplicates, no site slug.
    /// </summary>
    public void GitHubOnly(string plain) => Ids.Add(github.Next(plain));

    /// <summary>
    /// Adds an id outside GitHub's count of duplicates (an HTML heading, the title before an attribute list), and the
    /// site's slug when <paramref name="site"/> and the file is a site page.
    /// </summary>
    public void Uncounted(string plain, bool site)
    {
        Ids.Add(GitHubSlug.Of(plain));
        if (site && used is not null)
        {
            var slug = style == HeadingIdStyle.MkDocs ? SiteSlug.MkDocs(plain) : SiteSlug.VitePress(plain);
            Ids.Add(SiteSlug.Unique(style, slug, used));
        }
    }

    /// <summary>Adds an id written out (<c>{#id}</c>): it is taken, so a later heading's slug does not reuse it.</summary>
    public void Explicit(string id)
    {
        Ids.Add(id);
        used?.Add(id);
    }
}
