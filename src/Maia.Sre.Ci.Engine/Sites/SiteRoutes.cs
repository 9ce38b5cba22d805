using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// Every page of one site by its URL (canonical, see <see cref="SiteUrl.Canonical"/>) and every page's URL by its
/// path: made once per run, the first time a link of the site needs it (reading the pages' front matter where the
/// generator places pages by it).
/// </summary>
internal sealed class SiteRoutes
{
    private readonly Dictionary<string, string> pages;
    private readonly Dictionary<string, string> urls;

    private SiteRoutes(Dictionary<string, string> pages, Dictionary<string, string> urls)
    {
        this.pages = pages;
        this.urls = urls;
    }

    /// <summary>The canonical URLs of the site's pages (for did-you-mean).</summary>
    public IEnumerable<string> Keys => pages.Keys;

    /// <summary>The page served at the canonical URL <paramref name="key"/>, or null.</summary>
    public string? Page(string key) => pages.GetValueOrDefault(key);

    /// <summary>The URL of the page <paramref name="path"/>, or null when it is no page of the site.</summary>
    public string? UrlOf(string path) => urls.GetValueOrDefault(path);

    /// <summary>Builds the table of <paramref name="site"/> from the <paramref name="inventory"/>, reading front matter under <paramref name="root"/> when the generator uses it.</summary>
    public static SiteRoutes Build(DocSite site, Inventory inventory, string root)
    {
        var found = new List<(string Path, SiteSection Section)>();
        for (var i = 0; i < inventory.Count; i++)
        {
            var path = inventory.PathOf(i);
            if (site.SectionOf(path) is { } section && site.IsPage(path))
            {
                found.Add((path, section));
            }
        }

        var fronts = new FrontMatter[found.Count];
        if (site.ReadsFrontMatter)
        {
            Threading.Parallelism.For(found.Count, i =>
            {
                using var text = SourceReader.Read(root, found[i].Path, out _);
                fronts[i] = text is null ? FrontMatter.None : FrontMatter.Read(text);
            });
        }

        var pages = new Dictionary<string, string>(found.Count, StringComparer.Ordinal);
        var urls = new Dictionary<string, string>(found.Count, StringComparer.Ordinal);
        for (var i = 0; i < found.Count; i++)
        {
            var (path, section) = found[i];
            var front = fronts[i] ?? FrontMatter.None;
            if (site.PageUrl(path, section, front) is not { } url)
            {
                continue;
            }

            urls[path] = url;
            pages.TryAdd(Key(site, url), path);
            foreach (var alias in front.Aliases)
            {
                pages.TryAdd(Key(site, SiteUrl.Join(url, alias)), path);
            }
        }

        return new SiteRoutes(pages, urls);
    }

    /// <summary>The key of <paramref name="url"/> in <paramref name="site"/>'s table.</summary>
    public static string Key(DocSite site, string url)
    {
        var key = SiteUrl.Canonical(url, site.MarkdownUrls);
        return site.LowerCaseUrls ? key.ToLowerInvariant() : key;
    }
}
