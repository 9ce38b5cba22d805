using Maia.Sre.Ci.Resolution;
using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Sites;

/// <summary>What a site made of a link: the file that serves it, a miss in the site's terms, or a page the site makes itself.</summary>
/// <param name="File">The repository file the link leads to, or null.</param>
/// <param name="Id">Its inventory number, or -1.</param>
/// <param name="Miss">Why it leads nowhere, or null.</param>
/// <param name="Generated">True for a page the generator makes without a file (a tag or category list).</param>
internal readonly record struct SiteAnswer(string? File, int Id, SiteMiss? Miss, bool Generated = false);

/// <summary>
/// Resolves a link on a site page as the site does: <c>@site/</c> from the site's folder; a Docusaurus link to a
/// <c>.md</c> file from the docs folder and the site's folder; any other as a URL (from the site's root, or relative
/// to the page's own URL) to the page that serves it (<see cref="SiteRoutes"/>), a static file, or a file beside the
/// pages.
/// </summary>
internal static class SiteLinks
{
    public static SiteAnswer Resolve(SiteSet set, DocSite site, SiteSection section, string source, string link)
    {
        var inventory = set.Inventory;
        if (site is DocusaurusSite && IsMarkdownFile(link))
        {
            // Docusaurus: a file path, from the page's folder (already tried), the docs folder, or the site's folder.
            var looked = new List<string>();
            if (!link.StartsWith("./", StringComparison.Ordinal) && !link.StartsWith("../", StringComparison.Ordinal))
            {
                foreach (var folder in new[] { section.Folder, site.Root })
                {
                    if (RepoPath.Combine(folder, link.TrimStart('/')) is { } candidate)
                    {
                        looked.Add(candidate);
                        if (inventory.TryGetFile(candidate, out var file, out var id))
                        {
                            return new SiteAnswer(file, id, null);
                        }
                    }
                }
            }

            return new SiteAnswer(null, -1, new SiteMiss($"no file '{link}' in {site.Name} (looked for {Listed(looked.Count > 0 ? looked : [link])})", null, site.Doubt));
        }

        var routes = set.Routes(site);
        var url = link.StartsWith('/')
            ? SiteUrl.Join("/", SiteUrl.WithoutBase(link, site.BaseUrl) ?? link)
            : SiteUrl.Join(routes.UrlOf(source) ?? site.PageUrl(source, section, FrontMatter.None) ?? section.UrlPrefix, link);
        if (Find(set, site, routes, url) is { } found)
        {
            return found;
        }

        if (site is DocusaurusSite { Locales: { Count: > 0 } locales } && url.Length > 1 && url.IndexOf('/', 1) is var slash and > 0 && locales.Contains(url[1..slash]))
        {
            // An untranslated page is served from the default locale under the locale's path.
            if (Find(set, site, routes, url[slash..]) is { } untranslated)
            {
                return untranslated;
            }
        }

        return new SiteAnswer(null, -1, Miss(site, routes, url, link));
    }

    /// <summary>True for a path that names a Markdown file (<c>x.md</c>, <c>x.mdx</c>).</summary>
    public static bool IsMarkdownFile(string link) =>
        link.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || link.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase);

    private static SiteAnswer? Find(SiteSet set, DocSite site, SiteRoutes routes, string url)
    {
        var inventory = set.Inventory;
        var key = SiteRoutes.Key(site, url);
        if (routes.Page(key) is { } page)
        {
            inventory.TryGetFile(page, out var file, out var id);
            return new SiteAnswer(file, id, null);
        }

        // Static files, and files beside the pages, are served at their path as written.
        var path = url.TrimStart('/');
        foreach (var folder in site.StaticFolders)
        {
            if (ServedFile(inventory, folder, path) is { } served)
            {
                return served;
            }
        }

        if (site.ServesSectionFiles)
        {
            foreach (var section in site.Sections)
            {
                if (SiteUrl.Below("/" + path.TrimEnd('/'), section.UrlPrefix) is { Length: > 0 } rest && ServedFile(inventory, section.Folder, rest) is { } served)
                {
                    return served;
                }
            }
        }

        return site is DocusaurusSite docusaurus && docusaurus.IsGenerated(key) ? new SiteAnswer(null, -1, null, Generated: true) : null;
    }

    private static SiteAnswer? ServedFile(Inventory inventory, string folder, string path)
    {
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        return RepoPath.Combine(folder, file) is { } candidate && inventory.TryGetFile(candidate, out var existing, out var id)
            ? new SiteAnswer(existing, id, null)
            : null;
    }

    /// <summary>The miss: where the site looked, and the closest URL it has.</summary>
    private static SiteMiss Miss(DocSite site, SiteRoutes routes, string url, string written)
    {
        var key = SiteRoutes.Key(site, url);
        var looked = new List<string>();
        if (IsAsset(url))
        {
            // A file (an image, a script), served from a static folder or beside the pages.
            var path = url.TrimStart('/');
            looked.AddRange(site.StaticFolders.Select(f => RepoPath.Combine(f, path)).OfType<string>());
            if (site.ServesSectionFiles)
            {
                looked.AddRange(site.Sections.Select(s => SiteUrl.Below("/" + path, s.UrlPrefix) is { } rest ? RepoPath.Combine(s.Folder, rest) : null).OfType<string>());
            }

            var files = looked.Count == 0 ? "" : $" (looked for {string.Join(", ", looked.Distinct(StringComparer.Ordinal))})";
            return new SiteMiss($"no file for '{url}' in {site.Name}{files}", null, site.Doubt);
        }

        foreach (var section in site.Sections.OrderByDescending(s => s.UrlPrefix.Length))
        {
            if (SiteUrl.Below(key, section.UrlPrefix) is { } rest)
            {
                looked.AddRange(site.PageCandidates(section, rest).Take(3));
                break;
            }
        }

        var where = looked.Count == 0 ? "" : $" (looked for {Listed(looked)})";
        // Close means a typo or two in the page's own name, not another page of the same folder.
        var suggestion = EditDistance.Closest(key, routes.Keys, Math.Clamp(RepoPath.Name(key).Length / 3, 1, 4)) is { } closest ? Written(closest, written) : null;
        return new SiteMiss($"no page for '{url}' in {site.Name}{where}", suggestion, site.Doubt);
    }

    /// <summary>True when the URL names a file by its extension (not a page: <c>.html</c>, <c>.md</c>, or none).</summary>
    private static bool IsAsset(string url)
    {
        var name = RepoPath.Name(url);
        var dot = name.LastIndexOf('.');
        if (dot <= 0)
        {
            return false;
        }

        var extension = name[dot..];
        return !extension.Equals(".html", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            && !IsMarkdownFile(name) && !extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase) && extension.Length <= 6
            && extension.Skip(1).All(char.IsAsciiLetterOrDigit);
    }

    /// <summary>The canonical URL <paramref name="key"/> ended as <paramref name="written"/> ends (<c>/</c>, <c>.html</c>, <c>.md</c>).</summary>
    private static string Written(string key, string written)
    {
        var url = key.Length == 0 ? "/" : key;
        if (key.Length == 0)
        {
            return url;
        }

        foreach (var ending in new[] { "/", ".html", ".md" })
        {
            if (written.EndsWith(ending, StringComparison.Ordinal))
            {
                return url + ending;
            }
        }

        return url;
    }

    /// <summary>"a/x.md, …/x/_index.md, …/x/index.md": the first path whole, the others after what they share with it.</summary>
    private static string Listed(List<string> paths)
    {
        var first = paths[0];
        var stem = first.LastIndexOf('.') > first.LastIndexOf('/') ? first[..first.LastIndexOf('.')] : first;
        var folder = RepoPath.Folder(stem);
        return string.Join(", ", paths.Distinct(StringComparer.Ordinal).Select((p, i) =>
            i > 0 && folder.Length > 0 && p.StartsWith(folder + "/", StringComparison.Ordinal) ? "…/" + p[(folder.Length + 1)..] : p));
    }
}
