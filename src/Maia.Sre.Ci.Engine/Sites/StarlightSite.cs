using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// An Astro Starlight site: the pages of <c>src/content/docs/</c> at <c>/a/b/</c> for <c>a/b.md</c> (lower case, as
/// Astro makes slugs), <c>index</c> serving its folder, <c>slug</c> front matter moving a page; <c>public/</c> at the root.
/// </summary>
public sealed class StarlightSite : DocSite
{
    private static readonly string[] IndexNames = ["index"];
    private static readonly string[] Extensions = [".md", ".mdx", ".mdoc"];

    /// <summary>Creates the site.</summary>
    public StarlightSite(string root, string config)
        : base(SiteGenerator.Starlight, root, config)
    {
    }

    /// <inheritdoc/>
    public override bool ReadsFrontMatter => true;

    /// <inheritdoc/>
    public override bool LowerCaseUrls => true;

    /// <inheritdoc/>
    public override bool ServesSectionFiles => false;

    /// <inheritdoc/>
    public override IReadOnlyList<string> PageExtensions => Extensions;

    /// <summary>True for <c>astro.config.{mjs,js,ts,mts}</c>.</summary>
    public static bool IsConfig(string name) => name is "astro.config.mjs" or "astro.config.js" or "astro.config.ts" or "astro.config.mts";

    /// <summary>Reads <paramref name="config"/>; null unless it uses Starlight.</summary>
    public static StarlightSite? Detect(string root, string config, Inventory inventory)
    {
        var text = ConfigText.Read(root, config);
        var folder = RepoPath.Folder(config);
        var docs = RepoPath.Combine(folder, "src/content/docs");
        if (text is null || !text.Contains("@astrojs/starlight", StringComparison.Ordinal) || docs is null || !inventory.HasFolder(docs))
        {
            return null;
        }

        return new StarlightSite(folder, config)
        {
            Sections = [new SiteSection(docs, "/")],
            StaticFolders = [RepoPath.Combine(folder, "public") ?? "public"],
            BaseUrl = SitePaths.BasePath(ConfigText.StringProperty(text, "base")),
        };
    }

    /// <inheritdoc/>
    public override string? PageUrl(string path, SiteSection section, FrontMatter front)
    {
        if (front["slug"] is { } slug)
        {
            return SiteUrl.Prefix(section.UrlPrefix + slug.Trim('/')).ToLowerInvariant();
        }

        var inside = WithoutExtension(section.Inside(path));
        var page = RepoPath.Name(inside) == "index" ? RepoPath.Folder(inside) : inside;
        return SiteUrl.Prefix(section.UrlPrefix + page.Replace(' ', '-')).ToLowerInvariant();
    }

    /// <inheritdoc/>
    public override IEnumerable<string> PageCandidates(SiteSection section, string rest) => Files(section, rest, IndexNames);
}
