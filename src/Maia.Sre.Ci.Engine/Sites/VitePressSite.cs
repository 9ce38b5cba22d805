using Maia.Sre.Ci.Anchors;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// A VitePress site: the pages of its source folder (the folder holding <c>.vitepress/</c>, or <c>srcDir</c>) at
/// <c>/a/b.html</c> (or <c>/a/b</c> with <c>cleanUrls</c>) for <c>a/b.md</c>, <c>index.md</c> serving its folder; a
/// link may name the page with <c>.md</c>, <c>.html</c> or no extension; <c>public/</c> is served at the root.
/// Headings get VitePress' own ids.
/// </summary>
public sealed class VitePressSite : DocSite
{
    private static readonly string[] IndexNames = ["index"];
    private static readonly string[] Extensions = [".md"];

    /// <summary>Creates the site.</summary>
    public VitePressSite(string root, string config)
        : base(SiteGenerator.VitePress, root, config)
    {
    }

    /// <inheritdoc/>
    public override HeadingIdStyle HeadingIds => HeadingIdStyle.VitePress;

    /// <inheritdoc/>
    public override bool MarkdownUrls => true;

    /// <inheritdoc/>
    public override bool ServesSectionFiles => false;

    /// <inheritdoc/>
    public override IReadOnlyList<string> PageExtensions => Extensions;

    /// <summary>True for <c>.vitepress/config.{js,ts,mjs,mts,cjs,cts}</c>.</summary>
    public static bool IsConfig(string path) =>
        RepoPath.Name(RepoPath.Folder(path)) == ".vitepress" && RepoPath.Name(path) is "config.js" or "config.ts" or "config.mjs" or "config.mts" or "config.cjs" or "config.cts";

    /// <summary>Reads <paramref name="config"/>.</summary>
    public static VitePressSite? Detect(string root, string config, Inventory inventory)
    {
        var text = ConfigText.Read(root, config);
        if (text is null)
        {
            return null;
        }

        var folder = RepoPath.Folder(RepoPath.Folder(config));
        var source = ConfigText.StringProperty(text, "srcDir") is { Length: > 0 } srcDir ? RepoPath.Combine(folder, srcDir.Trim().TrimStart('.').Trim('/')) ?? folder : folder;
        var doubt = ConfigText.SetByCode(text, "srcDir") ? "its configuration computes its source folder, which is read only in part"
            : text.Contains("rewrites", StringComparison.Ordinal) ? "its configuration rewrites page paths ('rewrites'), which is not read"
            : null;
        return new VitePressSite(folder, config)
        {
            Sections = [new SiteSection(source, "/")],
            StaticFolders = [RepoPath.Combine(source, "public") ?? "public"],
            BaseUrl = SitePaths.BasePath(ConfigText.StringProperty(text, "base")),
            Doubt = doubt,
        };
    }

    /// <inheritdoc/>
    public override string? PageUrl(string path, SiteSection section, FrontMatter front)
    {
        var inside = WithoutExtension(section.Inside(path));
        if (RepoPath.Name(inside) == "index")
        {
            var folder = RepoPath.Folder(inside);
            return section.UrlPrefix + (folder.Length == 0 ? "" : folder + "/");
        }

        return section.UrlPrefix + inside + ".html";
    }

    /// <inheritdoc/>
    public override IEnumerable<string> PageCandidates(SiteSection section, string rest) => Files(section, rest, IndexNames);
}
