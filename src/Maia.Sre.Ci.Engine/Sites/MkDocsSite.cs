using Maia.Sre.Ci.Anchors;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// An MkDocs site: the pages of <c>docs_dir</c> (<c>docs/</c> beside <c>mkdocs.yml</c> by default) at
/// <c>/a/b/</c> for <c>a/b.md</c> (with <c>use_directory_urls</c>, the default) or <c>/a/b.html</c>; <c>index.md</c>
/// and <c>README.md</c> serve their folder. Every other file of <c>docs_dir</c> is served at its path. MkDocs leaves a
/// link it cannot match to a documentation file as it is, so the browser resolves it against the page's URL: from
/// <c>/a/b/</c>, <c>../img/x.png</c> is <c>/a/img/x.png</c>. Headings get Python-Markdown's <c>toc</c> ids.
/// </summary>
public sealed class MkDocsSite : DocSite
{
    private static readonly string[] IndexNames = ["index", "README"];

    /// <summary>Creates the site.</summary>
    public MkDocsSite(string root, string config, bool directoryUrls)
        : base(SiteGenerator.MkDocs, root, config)
    {
        DirectoryUrls = directoryUrls;
    }

    /// <summary>True with <c>use_directory_urls</c> (the default): pages are served as folders.</summary>
    public bool DirectoryUrls { get; }

    /// <inheritdoc/>
    public override HeadingIdStyle HeadingIds => HeadingIdStyle.MkDocs;

    /// <summary>Reads <paramref name="config"/> (<c>mkdocs.yml</c>), following <c>INHERIT</c> for settings it leaves out.</summary>
    public static MkDocsSite? Detect(string root, string config, Inventory inventory)
    {
        var text = ConfigText.Read(root, config);
        if (text is null)
        {
            return null;
        }

        var folder = RepoPath.Folder(config);
        var values = ConfigText.TopLevel(text, toml: false);
        string? doubt = null;
        var statics = new List<string>();
        if (values.TryGetValue("INHERIT", out var inherit) && inherit.Length > 0)
        {
            var parent = RepoPath.Combine(folder, inherit);
            if (parent is not null && inventory.HasFile(parent) && ConfigText.Read(root, parent) is { } inherited)
            {
                var parentValues = ConfigText.TopLevel(inherited, toml: false);
                foreach (var (key, value) in parentValues)
                {
                    values.TryAdd(key, value);
                }

                // A translation inheriting the main site's configuration (FastAPI's docs/de/mkdocs.yml) is built with
                // the main site's files beneath its own: its pages show the main site's images at the same URLs.
                var parentFolder = RepoPath.Folder(parent);
                if (parentFolder != folder && RepoPath.Combine(parentFolder, parentValues.GetValueOrDefault("docs_dir") is { Length: > 0 } parentDir ? parentDir.Trim('/') : "docs") is { } parentDocs)
                {
                    statics.Add(parentDocs);
                }
            }
            else
            {
                doubt = $"its configuration inherits '{inherit}', which is not in the repository (it may be generated)";
            }
        }

        var docsDir = RepoPath.Combine(folder, values.GetValueOrDefault("docs_dir") is { Length: > 0 } dir ? dir.Trim('/') : "docs");
        if (docsDir is null || !inventory.HasFolder(docsDir))
        {
            return null;
        }

        var directoryUrls = !string.Equals(values.GetValueOrDefault("use_directory_urls"), "false", StringComparison.OrdinalIgnoreCase);
        return new MkDocsSite(folder, config, directoryUrls)
        {
            Sections = [new SiteSection(docsDir, "/")],
            BaseUrl = SitePaths.BasePath(values.GetValueOrDefault("site_url")),
            StaticFolders = statics,
            Doubt = doubt,
        };
    }

    /// <inheritdoc/>
    public override string? PageUrl(string path, SiteSection section, FrontMatter front)
    {
        var inside = WithoutExtension(section.Inside(path));
        var name = RepoPath.Name(inside);
        if (Array.IndexOf(IndexNames, name) >= 0)
        {
            var folder = RepoPath.Folder(inside);
            return section.UrlPrefix + (folder.Length == 0 ? "" : folder + "/");
        }

        return section.UrlPrefix + inside + (DirectoryUrls ? "/" : ".html");
    }

    /// <inheritdoc/>
    public override IEnumerable<string> PageCandidates(SiteSection section, string rest) => Files(section, rest, IndexNames);
}
