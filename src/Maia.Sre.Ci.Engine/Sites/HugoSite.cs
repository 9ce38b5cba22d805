using System.Text.RegularExpressions;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// A Hugo site: the pages of <c>content/</c> at <c>/a/b/</c> for <c>a/b.md</c> (<c>/a/b.html</c> with
/// <c>uglyURLs</c>); <c>_index.md</c> (a section) and <c>index.md</c> (a page bundle) serve their folder; front
/// matter <c>url</c>, <c>slug</c> and <c>aliases</c> move or add URLs; paths are lower-cased, as Hugo serves them.
/// <c>static/</c> is served at the root, and the other files of <c>content/</c> (a bundle's images) at their path.
/// </summary>
public sealed partial class HugoSite : DocSite
{
    private static readonly string[] IndexNames = ["_index", "index"];
    private static readonly string[] Extensions = [".md", ".markdown", ".html"];
    private static readonly string[] ConfigNames = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"];

    /// <summary>Creates the site.</summary>
    public HugoSite(string root, string config, bool uglyUrls)
        : base(SiteGenerator.Hugo, root, config)
    {
        UglyUrls = uglyUrls;
    }

    /// <summary>True with <c>uglyURLs</c>: pages are served as <c>.html</c> files rather than folders.</summary>
    public bool UglyUrls { get; }

    /// <inheritdoc/>
    public override bool ReadsFrontMatter => true;

    /// <inheritdoc/>
    public override bool LowerCaseUrls => true;

    /// <inheritdoc/>
    public override IReadOnlyList<string> PageExtensions => Extensions;

    /// <summary>True when <paramref name="name"/> is the name of a Hugo configuration file.</summary>
    public static bool IsConfigName(string name) => Array.IndexOf(ConfigNames, name) >= 0;

    /// <summary>
    /// Reads <paramref name="config"/>. A <c>config.*</c> file (a common name) counts only beside a content folder
    /// with pages and something only Hugo sites have (<c>layouts/</c>, <c>themes/</c>, <c>archetypes/</c>, or a
    /// <c>baseURL</c> or <c>theme</c> setting).
    /// </summary>
    public static HugoSite? Detect(string root, string config, Inventory inventory)
    {
        var folder = RepoPath.Folder(config);
        var name = RepoPath.Name(config);
        if (folder == "config/_default" || folder.EndsWith("/config/_default", StringComparison.Ordinal))
        {
            folder = RepoPath.Folder(RepoPath.Folder(folder)); // config/_default/hugo.toml: the site is two folders up
        }

        var text = ConfigText.Read(root, config);
        if (text is null)
        {
            return null;
        }

        var toml = name.EndsWith(".toml", StringComparison.Ordinal);
        var json = name.EndsWith(".json", StringComparison.Ordinal);
        var values = json ? JsonValues(text) : ConfigText.TopLevel(text, toml);
        var contentDir = RepoPath.Combine(folder, values.GetValueOrDefault("contentDir") is { Length: > 0 } dir ? dir.Trim('/') : "content");
        if (contentDir is null || !inventory.HasFileUnder(contentDir, ".md"))
        {
            return null;
        }

        var hugoOnly = name.StartsWith("hugo.", StringComparison.Ordinal) || values.ContainsKey("baseURL") || values.ContainsKey("theme")
            || inventory.HasFolder(RepoPath.Combine(folder, "layouts") ?? "layouts") || inventory.HasFolder(RepoPath.Combine(folder, "archetypes") ?? "archetypes")
            || inventory.HasFolder(RepoPath.Combine(folder, "themes") ?? "themes");
        if (!hugoOnly)
        {
            return null;
        }

        var statics = values.GetValueOrDefault("staticDir") is { Length: > 0 } staticDir ? staticDir : "static";
        var staticFolders = statics.Trim('[', ']').Split(',').Select(s => s.Trim().Trim('"', '\'').Trim('/')).Where(s => s.Length > 0)
            .Select(s => RepoPath.Combine(folder, s)).OfType<string>().ToList();
        return new HugoSite(folder, config, SitePaths.IsTrue(values.GetValueOrDefault("uglyURLs")))
        {
            Sections = [new SiteSection(contentDir, "/")],
            StaticFolders = staticFolders,
            BaseUrl = SitePaths.BasePath(values.GetValueOrDefault("baseURL")),
            Doubt = MultilingualContent().IsMatch(text) || text.Contains("mounts", StringComparison.Ordinal)
                ? "its configuration places content in more than one folder (languages or module mounts), which is read only in part"
                : null,
        };
    }

    /// <inheritdoc/>
    public override string? PageUrl(string path, SiteSection section, FrontMatter front)
    {
        if (front["url"] is { Length: > 0 } url && !url.Contains("://", StringComparison.Ordinal))
        {
            return SiteUrl.Join("/", url).ToLowerInvariant();
        }

        var inside = WithoutExtension(section.Inside(path));
        var name = RepoPath.Name(inside);
        var folder = RepoPath.Folder(inside);
        string page;
        if (Array.IndexOf(IndexNames, name) >= 0)
        {
            page = folder.Length == 0 ? "" : folder + "/";
            if (front["slug"] is { Length: > 0 } bundleSlug && folder.Length > 0)
            {
                page = RepoPath.Combine(RepoPath.Folder(folder), bundleSlug) + "/";
            }
        }
        else
        {
            var slug = front["slug"] is { Length: > 0 } s ? s : name;
            page = (folder.Length == 0 ? slug : folder + "/" + slug) + (UglyUrls ? ".html" : "/");
        }

        return (section.UrlPrefix + page).ToLowerInvariant();
    }

    /// <inheritdoc/>
    public override IEnumerable<string> PageCandidates(SiteSection section, string rest) => Files(section, rest, IndexNames);

    /// <summary>The string values of a JSON configuration's top level (the keys the reader needs are there).</summary>
    private static Dictionary<string, string> JsonValues(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in new[] { "contentDir", "staticDir", "baseURL", "theme", "uglyURLs" })
        {
            if (ConfigText.StringProperty(text, key) is { } value)
            {
                values[key] = value;
            }
        }

        return values;
    }

    [GeneratedRegex(@"^\s*\[languages\.[^\]]+\][^\[]*contentDir", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MultilingualContent();
}
