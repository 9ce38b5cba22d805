using System.Text.RegularExpressions;
using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Extraction.Yaml;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// A Jekyll (GitHub Pages) site: pages at <c>/a/b.html</c> (<c>/a/b/</c> with <c>permalink: pretty</c>) or their
/// <c>permalink</c> front matter; collections (<c>_docs/</c>) and <c>_posts/</c> at their permalink pattern
/// (<c>/:collection/:path/</c>); <c>redirect_from</c> adds URLs; every other file not starting with <c>_</c> or
/// <c>.</c> is served at its path. GitHub Pages turns links to <c>.md</c> files into page links.
/// </summary>
public sealed partial class JekyllSite : DocSite
{
    private static readonly string[] Extensions = [".md", ".markdown", ".html"];
    private static readonly string[] IndexNames = ["index"];
    private static readonly string[] JekyllFolders = ["_layouts", "_includes", "_posts", "_data", "_sass"];

    /// <summary>Creates the site.</summary>
    public JekyllSite(string root, string config, bool pretty)
        : base(SiteGenerator.Jekyll, root, config)
    {
        Pretty = pretty;
    }

    /// <summary>True when pages are served as folders (<c>permalink: pretty</c>, or a pattern ending in <c>/</c>).</summary>
    public bool Pretty { get; }

    /// <inheritdoc/>
    public override bool ReadsFrontMatter => true;

    /// <inheritdoc/>
    public override bool MarkdownUrls => true;

    /// <inheritdoc/>
    public override IReadOnlyList<string> PageExtensions => Extensions;

    /// <summary>
    /// Reads <paramref name="config"/> (<c>_config.yml</c>). It counts only beside something Jekyll uses: a
    /// <c>_layouts</c>, <c>_includes</c>, <c>_posts</c>, <c>_data</c> or <c>_sass</c> folder, a <c>Gemfile</c>, or a
    /// <c>theme</c>, <c>remote_theme</c>, <c>collections</c> or <c>permalink</c> setting.
    /// </summary>
    public static JekyllSite? Detect(string root, string config, Inventory inventory)
    {
        var text = ConfigText.Read(root, config);
        if (text is null)
        {
            return null;
        }

        var folder = RepoPath.Folder(config);
        var values = ConfigText.TopLevel(text, toml: false);
        var marked = JekyllFolders.Any(f => inventory.HasFolder(RepoPath.Combine(folder, f) ?? f))
            || inventory.HasFile(RepoPath.Combine(folder, "Gemfile") ?? "Gemfile")
            || values.ContainsKey("theme") || values.ContainsKey("remote_theme") || values.ContainsKey("collections") || values.ContainsKey("permalink");
        if (!marked)
        {
            return null;
        }

        var source = values.GetValueOrDefault("source") is { Length: > 0 } src ? RepoPath.Combine(folder, src.Trim('/')) ?? folder : folder;
        var permalink = values.GetValueOrDefault("permalink") ?? "date";
        var pretty = permalink == "pretty" || (permalink.StartsWith('/') && permalink.EndsWith('/'));
        var collectionsDir = values.GetValueOrDefault("collections_dir") is { Length: > 0 } dir ? RepoPath.Combine(source, dir.Trim('/')) ?? source : source;
        var sections = new List<SiteSection> { new(source, "/") };
        foreach (var (name, pattern) in Collections(text, permalink))
        {
            var collection = RepoPath.Combine(collectionsDir, "_" + name);
            if (collection is not null && inventory.HasFolder(collection))
            {
                sections.Add(new SiteSection(collection, "/", SectionKind.Collection, pattern.Replace(":collection", name, StringComparison.Ordinal)));
            }
        }

        return new JekyllSite(source, config, pretty)
        {
            Sections = sections,
            BaseUrl = SitePaths.BasePath(values.GetValueOrDefault("baseurl")),
        };
    }

    /// <inheritdoc/>
    public override bool IsPage(string path)
    {
        if (SectionOf(path) is not { } section || !base.IsPage(path))
        {
            return false;
        }

        // Outside a collection, files and folders starting with '_' or '.' are not published.
        var inside = section.Inside(path);
        return section.Kind == SectionKind.Collection || !(inside.StartsWith('_') || inside.StartsWith('.') || inside.Contains("/_", StringComparison.Ordinal) || inside.Contains("/.", StringComparison.Ordinal));
    }

    /// <inheritdoc/>
    public override string? PageUrl(string path, SiteSection section, FrontMatter front)
    {
        if (front["permalink"] is { Length: > 0 } permalink && permalink.StartsWith('/'))
        {
            return permalink;
        }

        var inside = WithoutExtension(section.Inside(path));
        if (section.Kind == SectionKind.Collection && section.Pattern is { } pattern)
        {
            return Expand(pattern, inside, front);
        }

        var name = RepoPath.Name(inside);
        var folder = RepoPath.Folder(inside);
        if (name == "index")
        {
            return "/" + (folder.Length == 0 ? "" : folder + "/");
        }

        return "/" + inside + (Pretty ? "/" : ".html");
    }

    /// <inheritdoc/>
    public override IEnumerable<string> PageCandidates(SiteSection section, string rest) =>
        section.Kind == SectionKind.Collection ? [] : Files(section, rest, IndexNames);

    /// <summary>A permalink pattern filled in for the document at <paramref name="inside"/> (its path in the collection, no extension).</summary>
    private static string Expand(string pattern, string inside, FrontMatter front)
    {
        var name = RepoPath.Name(inside);
        var dated = DatedName().Match(name);
        var title = dated.Success ? dated.Groups["rest"].Value : name;
        var url = pattern
            .Replace(":path", inside, StringComparison.Ordinal)
            .Replace(":name", name, StringComparison.Ordinal)
            .Replace(":title", front["slug"] ?? title, StringComparison.Ordinal)
            .Replace(":slug", front["slug"] ?? title, StringComparison.Ordinal)
            .Replace(":categories", front["categories"] ?? front["category"] ?? "", StringComparison.Ordinal)
            .Replace(":output_ext", ".html", StringComparison.Ordinal);
        if (dated.Success)
        {
            url = url.Replace(":year", dated.Groups["y"].Value, StringComparison.Ordinal).Replace(":month", dated.Groups["m"].Value, StringComparison.Ordinal)
                .Replace(":day", dated.Groups["d"].Value, StringComparison.Ordinal);
        }

        while (url.Contains("//", StringComparison.Ordinal))
        {
            url = url.Replace("//", "/", StringComparison.Ordinal);
        }

        return url;
    }

    /// <summary>The collections that are published, with their permalink patterns (posts always are).</summary>
    private static IEnumerable<(string Name, string Pattern)> Collections(string text, string permalink)
    {
        var postPattern = permalink switch
        {
            "date" => "/:categories/:year/:month/:day/:title:output_ext",
            "pretty" => "/:categories/:year/:month/:day/:title/",
            "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
            "none" => "/:categories/:title:output_ext",
            _ => permalink,
        };
        var found = new Dictionary<string, string>(StringComparer.Ordinal) { ["posts"] = postPattern };
        try
        {
            foreach (var document in YamlTree.Read(new SourceText("_config.yml", text)))
            {
                if (document is YamlMapping top && top.Get("collections") is YamlMapping collections)
                {
                    foreach (var (key, value) in collections.Pairs)
                    {
                        if (key is YamlScalar { Value: var name } && value is YamlMapping options && (name == "posts" || options.Text("output") == "true"))
                        {
                            found[name] = options.Text("permalink") ?? (name == "posts" ? postPattern : "/:collection/:path:output_ext");
                        }
                    }
                }
            }
        }
        catch (YamlDotNet.Core.YamlException)
        {
            // A configuration YAML cannot read keeps the posts only.
        }

        return found.Select(p => (p.Key, p.Value));
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})-(?<rest>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatedName();
}
