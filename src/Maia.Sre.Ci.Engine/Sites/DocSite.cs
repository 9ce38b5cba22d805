using Maia.Sre.Ci.Anchors;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// A documentation site in the repository: where its pages and static files are, and its generator's rules for the
/// URL a page gets (<see cref="PageUrl"/>) and the files that could serve a URL (<see cref="PageCandidates"/>). One
/// subclass per generator reads its configuration and knows its rules; <see cref="SiteLinks"/> resolves links with them.
/// </summary>
public abstract class DocSite
{
    /// <summary>Page extensions most generators render.</summary>
    protected static readonly string[] MarkdownExtensions = [".md", ".markdown"];

    /// <summary>Creates a site of <paramref name="generator"/> in <paramref name="root"/>, found from <paramref name="config"/>.</summary>
    protected DocSite(SiteGenerator generator, string root, string config)
    {
        Generator = generator;
        Root = root;
        Config = config;
    }

    /// <summary>The generator.</summary>
    public SiteGenerator Generator { get; }

    /// <summary>The site's folder, repository-relative ("" at the root).</summary>
    public string Root { get; }

    /// <summary>The configuration file the site was found from (or <c>.maia-sre.json</c>).</summary>
    public string Config { get; }

    /// <summary>The path the site is served below (<c>/</c>, or <c>/project/</c>), from its configuration.</summary>
    public string BaseUrl { get; init; } = "/";

    /// <summary>The folders of pages, each with its URL prefix.</summary>
    public IReadOnlyList<SiteSection> Sections { get; init; } = [];

    /// <summary>Folders whose files are served as they are at the site's root (<c>static/</c>, <c>public/</c>).</summary>
    public IReadOnlyList<string> StaticFolders { get; init; } = [];

    /// <summary>The site's heading ids where they differ from GitHub's.</summary>
    public virtual HeadingIdStyle HeadingIds => HeadingIdStyle.GitHub;

    /// <summary>
    /// Why a page this site cannot find may still exist (its configuration was read only in part), or null. A site
    /// link missing from such a site is a note.
    /// </summary>
    public string? Doubt { get; init; }

    /// <summary>The site as messages name it: "the Hugo site 'site/'", "the MkDocs site at the repository root".</summary>
    public string Name => Root.Length == 0 ? $"the {Generator.DisplayName()} site at the repository root" : $"the {Generator.DisplayName()} site '{Root}/'";

    /// <summary>True when the generator rewrites links to <c>.md</c> files into page URLs (VitePress, Jekyll on GitHub Pages).</summary>
    public virtual bool MarkdownUrls => false;

    /// <summary>True when the generator serves its pages at lower-case URLs (Hugo, Astro).</summary>
    public virtual bool LowerCaseUrls => false;

    /// <summary>True when the generator reads front matter to place pages (<c>slug</c>, <c>permalink</c>, <c>url</c>).</summary>
    public virtual bool ReadsFrontMatter => false;

    /// <summary>True when the other files in a section's folder (images beside pages) are served at their URL.</summary>
    public virtual bool ServesSectionFiles => true;

    /// <summary>The extensions of this site's pages.</summary>
    public virtual IReadOnlyList<string> PageExtensions => MarkdownExtensions;

    /// <summary>True when <paramref name="path"/> is a page of a section (by extension, not a partial or draft the generator skips).</summary>
    public virtual bool IsPage(string path)
    {
        foreach (var extension in PageExtensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The section that holds <paramref name="path"/> (the deepest one), or null.</summary>
    public SiteSection? SectionOf(string path)
    {
        SiteSection? best = null;
        foreach (var section in Sections)
        {
            if (section.Contains(path) && (best is null || section.Folder.Length > best.Folder.Length))
            {
                best = section;
            }
        }

        return best;
    }

    /// <summary>
    /// The URL path the page <paramref name="path"/> of <paramref name="section"/> is served at (with the trailing
    /// <c>/</c> or <c>.html</c> the site gives it: relative links resolve against it), or null when it is no page.
    /// </summary>
    public abstract string? PageUrl(string path, SiteSection section, FrontMatter front);

    /// <summary>
    /// The files that would serve <paramref name="rest"/>, a canonical URL path below <paramref name="section"/>'s
    /// prefix (see <see cref="SiteUrl.Below"/>), by the generator's rules without front matter, most likely first.
    /// </summary>
    public abstract IEnumerable<string> PageCandidates(SiteSection section, string rest);

    /// <summary>The file name without its extension.</summary>
    protected static string Stem(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }

    /// <summary>The path without its extension.</summary>
    protected static string WithoutExtension(string path)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash + 1 ? path[..dot] : path;
    }

    /// <summary>
    /// Candidates for <paramref name="rest"/>: <c>rest.md</c> and <c>rest/index.md</c> (each index name) with the first
    /// page extension first, then with the others.
    /// </summary>
    protected IEnumerable<string> Files(SiteSection section, string rest, IReadOnlyList<string> indexNames)
    {
        foreach (var extension in PageExtensions)
        {
            if (rest.Length > 0)
            {
                yield return section.At(rest + extension);
            }

            foreach (var index in indexNames)
            {
                yield return section.At(rest.Length == 0 ? index + extension : rest + "/" + index + extension);
            }
        }
    }
}
