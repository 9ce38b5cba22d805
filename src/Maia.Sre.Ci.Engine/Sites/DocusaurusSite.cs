using System.Text.RegularExpressions;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// A Docusaurus site. Docs (<c>docs/</c> at <c>/docs</c>, each version of <c>versioned_docs/</c> at its own path,
/// translations under <c>i18n/</c>) are placed by their id (the path without number prefixes such as <c>01-</c>, or
/// <c>id</c> front matter) or <c>slug</c> front matter; <c>index</c>, <c>README</c> and a file named as its folder
/// serve the folder. Blog posts are at their <c>slug</c> or their date and name; <c>src/pages</c> at their path;
/// <c>static/</c> at the root. URLs have no trailing <c>/</c>, so <c>fetch</c> on <c>/docs/server/adapters</c> is
/// <c>/docs/server/fetch</c>. A link to a <c>.md</c> file is a file path: from the page's folder, or the docs folder and
/// the site's folder; <c>@site/</c> is the site's folder. Files and folders starting with <c>_</c> are partials.
/// </summary>
public sealed partial class DocusaurusSite : DocSite
{
    private static readonly string[] DocExtensions = [".md", ".mdx"];
    private static readonly string[] PageFileExtensions = [".md", ".mdx", ".js", ".jsx", ".ts", ".tsx"];
    private static readonly string[] IndexNames = ["index", "README", "readme"];

    /// <summary>Creates the site.</summary>
    public DocusaurusSite(string root, string config)
        : base(SiteGenerator.Docusaurus, root, config)
    {
    }

    /// <summary>The locales of the site's translations (<c>i18n/&lt;locale&gt;/</c>): a URL under one falls back to the untranslated page.</summary>
    public IReadOnlyList<string> Locales { get; init; } = [];

    /// <inheritdoc/>
    public override bool ReadsFrontMatter => true;

    /// <inheritdoc/>
    public override bool ServesSectionFiles => false;

    /// <inheritdoc/>
    public override IReadOnlyList<string> PageExtensions => PageFileExtensions;

    /// <summary>Reads <paramref name="config"/> (<c>docusaurus.config.js</c> or <c>.ts</c>) and the site's folders.</summary>
    public static DocusaurusSite? Detect(string root, string config, Inventory inventory)
    {
        var text = ConfigText.Read(root, config);
        if (text is null)
        {
            return null;
        }

        var folder = RepoPath.Folder(config);
        var presets = PresetsKey().Match(text) is { Success: true } key ? key.Index : -1;
        var sections = new List<SiteSection>();
        var doubts = new List<string>();
        var locales = new List<string>();
        if (!DisabledPlugin(text, "docs"))
        {
            var docs = presets >= 0 ? ConfigText.ObjectAfter(text, "docs", presets) ?? "{}" : "{}";
            AddDocs(root, folder, docs, inventory, sections, doubts);
        }

        foreach (Match plugin in PluginInstance().Matches(text))
        {
            var options = Instance(text, plugin.Index + plugin.Length - 1);
            if (options is null)
            {
                continue;
            }

            if (plugin.Groups["kind"].Value == "docs")
            {
                AddDocs(root, folder, options, inventory, sections, doubts);
            }
            else
            {
                AddBlog(folder, options, inventory, sections, doubts);
            }
        }

        if (!DisabledPlugin(text, "blog"))
        {
            AddBlog(folder, presets >= 0 ? ConfigText.ObjectAfter(text, "blog", presets) ?? "{}" : "{}", inventory, sections, doubts);
        }

        Add(sections, inventory, RepoPath.Combine(folder, "src/pages"), "/", SectionKind.Pages);
        var i18n = RepoPath.Combine(folder, "i18n") ?? "i18n";
        foreach (var locale in inventory.HasFolder(i18n) ? FoldersIn(inventory, i18n) : [])
        {
            locales.Add(locale);
            Add(sections, inventory, $"{i18n}/{locale}/docusaurus-plugin-content-docs/current", $"/{locale}/docs/", SectionKind.Docs);
            Add(sections, inventory, $"{i18n}/{locale}/docusaurus-plugin-content-blog", $"/{locale}/blog/", SectionKind.Blog);
        }

        var statics = StaticDirectories(text).Select(s => RepoPath.Combine(folder, s)).OfType<string>().ToList();
        return new DocusaurusSite(folder, config)
        {
            Sections = sections,
            StaticFolders = statics,
            BaseUrl = SitePaths.BasePath(ConfigText.StringProperty(text, "baseUrl")),
            Locales = locales,
            Doubt = doubts.Count > 0 ? doubts[0] : null,
        };
    }

    /// <inheritdoc/>
    public override bool IsPage(string path)
    {
        if (SectionOf(path) is not { } section)
        {
            return false;
        }

        var inside = section.Inside(path);
        if (inside.StartsWith('_') || inside.Contains("/_", StringComparison.Ordinal))
        {
            return false; // partials and their folders are not pages
        }

        var extensions = section.Kind == SectionKind.Pages ? PageFileExtensions : DocExtensions;
        return extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc/>
    public override string? PageUrl(string path, SiteSection section, FrontMatter front)
    {
        var inside = WithoutExtension(section.Inside(path));
        return section.Kind switch
        {
            SectionKind.Docs => DocUrl(section.UrlPrefix, inside, front),
            SectionKind.Blog => BlogUrl(section.UrlPrefix, inside, front),
            _ => Trim(section.UrlPrefix + (RepoPath.Name(inside) == "index" ? RepoPath.Folder(inside) : inside)),
        };
    }

    /// <inheritdoc/>
    public override IEnumerable<string> PageCandidates(SiteSection section, string rest)
    {
        var extensions = section.Kind == SectionKind.Pages ? PageFileExtensions : DocExtensions;
        if (rest.Length > 0)
        {
            foreach (var extension in extensions)
            {
                yield return section.At(rest + extension);
            }
        }

        var names = rest.Length > 0 && section.Kind == SectionKind.Docs ? [.. IndexNames, RepoPath.Name(rest)] : IndexNames;
        foreach (var name in names)
        {
            foreach (var extension in extensions)
            {
                yield return section.At(rest.Length == 0 ? name + extension : rest + "/" + name + extension);
            }
        }
    }

    /// <summary>True for URLs Docusaurus generates without a file: tag, category, archive, author and list pages.</summary>
    public bool IsGenerated(string key)
    {
        foreach (var section in Sections)
        {
            if (SiteUrl.Below(key, section.UrlPrefix) is not { } rest)
            {
                continue;
            }

            var first = rest.Split('/')[0];
            if (section.Kind == SectionKind.Blog && (rest.Length == 0 || first is "tags" or "archive" or "authors" or "page"))
            {
                return true;
            }

            if (section.Kind == SectionKind.Docs && first is "tags" or "category")
            {
                return true;
            }
        }

        return false;
    }

    private static string DocUrl(string prefix, string inside, FrontMatter front)
    {
        var segments = inside.Split('/').Select(StripNumberPrefix).ToArray();
        var folder = string.Join('/', segments[..^1]);
        if (front["slug"] is { Length: > 0 } slug)
        {
            return slug.StartsWith('/') ? Trim(prefix + slug.Trim('/')) : Trim(prefix + (folder.Length == 0 ? "" : folder + "/") + slug.Trim('/'));
        }

        var name = RepoPath.Name(inside);
        var parent = segments.Length > 1 ? segments[^2] : null;
        if (Array.IndexOf(IndexNames, name) >= 0 || (parent is not null && string.Equals(segments[^1], parent, StringComparison.OrdinalIgnoreCase)))
        {
            return Trim(prefix + folder);
        }

        var id = front["id"] is { Length: > 0 } own ? own : segments[^1];
        return Trim(prefix + (folder.Length == 0 ? "" : folder + "/") + id);
    }

    private static string BlogUrl(string prefix, string inside, FrontMatter front)
    {
        if (front["slug"] is { Length: > 0 } slug)
        {
            return Trim(slug.StartsWith('/') ? slug : prefix + slug.Trim('/'));
        }

        // "2021-05-05-hello-world.mdx" or "2021-05-05-hello-world/index.mdx": /blog/2021/05/05/hello-world.
        var name = RepoPath.Name(inside) == "index" ? RepoPath.Folder(inside) : inside;
        var folder = RepoPath.Folder(name);
        var file = RepoPath.Name(name);
        var dated = DatedName().Match(file);
        var page = dated.Success ? $"{dated.Groups["y"].Value}/{dated.Groups["m"].Value}/{dated.Groups["d"].Value}/{dated.Groups["rest"].Value}" : file;
        return Trim(prefix + (folder.Length == 0 ? "" : folder + "/") + page);
    }

    /// <summary>A URL without a trailing <c>/</c> (Docusaurus' own), except the root.</summary>
    private static string Trim(string url) => url.Length > 1 ? url.TrimEnd('/') : url;

    /// <summary>"01-intro" is "intro"; "2024" stays (nothing would be left).</summary>
    private static string StripNumberPrefix(string segment)
    {
        var match = NumberPrefix().Match(segment);
        return match.Success ? match.Groups["rest"].Value : segment;
    }

    private static void AddDocs(string root, string folder, string options, Inventory inventory, List<SiteSection> sections, List<string> doubts)
    {
        var values = ConfigText.TopLevelStrings(options);
        if (ConfigText.SetByCode(options, "path") || ConfigText.SetByCode(options, "routeBasePath"))
        {
            doubts.Add("its configuration computes where the docs are, which is read only in part");
        }

        var docs = RepoPath.Combine(folder, values.GetValueOrDefault("path", "docs").Trim('/').TrimStart('.', '/'));
        var routeBase = values.GetValueOrDefault("routeBasePath", "docs").Trim('/');
        var configured = ConfigText.ObjectAfter(options, "versions") is { } versions ? VersionPaths(versions) : [];
        var pluginId = values.GetValueOrDefault("id");
        var prefix = pluginId is null or "default" ? "" : pluginId + "_";
        var versionsFile = RepoPath.Combine(folder, prefix + "versions.json");
        var released = versionsFile is not null && inventory.HasFile(versionsFile) && ConfigText.Read(root, versionsFile) is { } json
            ? VersionName().Matches(json).Select(m => m.Groups["v"].Value).Where(v => v != "current").ToList()
            : [];
        var last = values.GetValueOrDefault("lastVersion") ?? (released.Count > 0 ? released[0] : "current");
        var current = last == "current" ? "" : configured.GetValueOrDefault("current", "next");
        Add(sections, inventory, docs, SiteUrl.Prefix(routeBase + "/" + current), SectionKind.Docs);
        foreach (var version in released)
        {
            var path = version == last ? "" : configured.GetValueOrDefault(version, version);
            Add(sections, inventory, RepoPath.Combine(folder, $"{prefix}versioned_docs/version-{version}"), SiteUrl.Prefix(routeBase + "/" + path), SectionKind.Docs);
        }
    }

    private static void AddBlog(string folder, string options, Inventory inventory, List<SiteSection> sections, List<string> doubts)
    {
        var values = ConfigText.TopLevelStrings(options);
        if (ConfigText.SetByCode(options, "path") || ConfigText.SetByCode(options, "routeBasePath"))
        {
            doubts.Add("its configuration computes where the blog is, which is read only in part");
        }

        var blog = RepoPath.Combine(folder, values.GetValueOrDefault("path", "blog").Trim('/').TrimStart('.', '/'));
        Add(sections, inventory, blog, SiteUrl.Prefix(values.GetValueOrDefault("routeBasePath", "blog")), SectionKind.Blog);
    }

    private static void Add(List<SiteSection> sections, Inventory inventory, string? folder, string prefix, SectionKind kind)
    {
        if (folder is not null && inventory.HasFolder(folder) && !sections.Any(s => s.Folder == folder))
        {
            sections.Add(new SiteSection(folder, prefix, kind));
        }
    }

    /// <summary>The object literal of a plugin's options whose opening brace is at <paramref name="open"/>.</summary>
    private static string? Instance(string text, int open)
    {
        var close = ConfigText.MatchingBrace(text, open);
        return close < 0 ? null : text[open..(close + 1)];
    }

    /// <summary>Each version's <c>path</c> in a <c>versions: { '9.x': { path: 'v9' } }</c> object.</summary>
    private static Dictionary<string, string> VersionPaths(string versions)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match entry in VersionEntry().Matches(versions))
        {
            var close = ConfigText.MatchingBrace(versions, entry.Index + entry.Length - 1);
            if (close > 0 && ConfigText.TopLevelStrings(versions[(entry.Index + entry.Length - 1)..(close + 1)]).TryGetValue("path", out var path))
            {
                paths[entry.Groups["v"].Value] = path;
            }
        }

        return paths;
    }

    private static IEnumerable<string> StaticDirectories(string text)
    {
        var match = StaticDirectoriesList().Match(text);
        return match.Success
            ? match.Groups["list"].Value.Split(',').Select(s => s.Trim().Trim('"', '\'', '`').Trim('/')).Where(s => s.Length > 0)
            : ["static"];
    }

    private static bool DisabledPlugin(string text, string name) => Regex.IsMatch(text, @"(?<![\w$])" + name + @"\s*:\s*false\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static SortedSet<string> FoldersIn(Inventory inventory, string folder)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < inventory.Count; i++)
        {
            var path = inventory.PathOf(i);
            if (path.Length > folder.Length + 1 && path.StartsWith(folder + "/", StringComparison.Ordinal) && path.IndexOf('/', folder.Length + 1) is var slash and > 0)
            {
                names.Add(path[(folder.Length + 1)..slash]);
            }
        }

        return names;
    }

    [GeneratedRegex(@"(?<![\w$.])presets\s*:\s*\[", RegexOptions.CultureInvariant)]
    private static partial Regex PresetsKey();

    [GeneratedRegex(@"['""]@docusaurus/plugin-content-(?<kind>docs|blog)['""]\s*,\s*\{", RegexOptions.CultureInvariant)]
    private static partial Regex PluginInstance();

    [GeneratedRegex(@"['""]?(?<v>[\w.\-]+)['""]?\s*:\s*\{", RegexOptions.CultureInvariant)]
    private static partial Regex VersionEntry();

    [GeneratedRegex(@"""(?<v>[^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex VersionName();

    [GeneratedRegex(@"staticDirectories\s*:\s*\[(?<list>[^\]]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex StaticDirectoriesList();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})-(?<rest>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatedName();

    [GeneratedRegex(@"^\d+\s*[-_.]+\s*(?<rest>[^-_.\s].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPrefix();
}
