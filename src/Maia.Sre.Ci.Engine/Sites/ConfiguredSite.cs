namespace Maia.Sre.Ci.Sites;

/// <summary>
/// A site named in <c>phantoms.sites</c> with the generator <c>plain</c>: pages of its folder at <c>/a/b/</c> (or
/// <c>.html</c>) below its URL prefix, found as <c>a/b.md</c>, <c>a/b/index.md</c>, <c>a/b/README.md</c> or
/// <c>a/b.html</c>; its other files at their path.
/// </summary>
public sealed class ConfiguredSite : DocSite
{
    private static readonly string[] IndexNames = ["index", "README"];
    private static readonly string[] Extensions = [".md", ".markdown", ".mdx", ".html"];

    /// <summary>Creates the site.</summary>
    public ConfiguredSite(string root, string config)
        : base(SiteGenerator.Configured, root, config)
    {
    }

    /// <inheritdoc/>
    public override bool MarkdownUrls => true;

    /// <inheritdoc/>
    public override IReadOnlyList<string> PageExtensions => Extensions;

    /// <inheritdoc/>
    public override string? PageUrl(string path, SiteSection section, FrontMatter front)
    {
        var inside = WithoutExtension(section.Inside(path));
        var name = Resolution.RepoPath.Name(inside);
        if (Array.IndexOf(IndexNames, name) >= 0)
        {
            var folder = Resolution.RepoPath.Folder(inside);
            return section.UrlPrefix + (folder.Length == 0 ? "" : folder + "/");
        }

        return section.UrlPrefix + inside + "/";
    }

    /// <inheritdoc/>
    public override IEnumerable<string> PageCandidates(SiteSection section, string rest) => Files(section, rest, IndexNames);
}
