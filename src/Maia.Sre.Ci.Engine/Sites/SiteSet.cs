using Maia.Sre.Ci.Anchors;
using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// The documentation sites of a repository, found once per run from the file list (a configuration file by its
/// name, then read) plus those <c>phantoms.sites</c> names, and what each knows about its pages, made when first asked.
/// </summary>
public sealed class SiteSet
{
    private readonly string root;
    private readonly Inventory inventory;
    private readonly Lazy<SiteRoutes>[] routes;
    private readonly Lazy<SphinxLabels>[] labels;

    private SiteSet(string root, Inventory inventory, IReadOnlyList<DocSite> sites)
    {
        this.root = root;
        this.inventory = inventory;
        Sites = sites;
        routes = sites.Select(s => new Lazy<SiteRoutes>(() => SiteRoutes.Build(s, inventory, root))).ToArray();
        labels = sites.Select(s => new Lazy<SphinxLabels>(() => SphinxLabels.Collect(s as SphinxSite, inventory, root))).ToArray();
    }

    /// <summary>No sites.</summary>
    public static SiteSet None(Inventory inventory) => new("", inventory, []);

    /// <summary>The sites, configured ones first.</summary>
    public IReadOnlyList<DocSite> Sites { get; }

    /// <summary>The inventory the sites' files are looked up in.</summary>
    internal Inventory Inventory => inventory;

    /// <summary>Finds the sites of the repository at <paramref name="root"/> whose files are <paramref name="inventory"/>.</summary>
    public static SiteSet Detect(string root, Inventory inventory, IReadOnlyList<SiteConfig> configured)
    {
        var sites = new List<DocSite>();
        foreach (var entry in configured)
        {
            sites.Add(Configured(entry));
        }

        var seen = new HashSet<(SiteGenerator, string)>();
        for (var i = 0; i < inventory.Count; i++)
        {
            var path = inventory.PathOf(i);
            var name = RepoPath.Name(path);
            if (path.Contains("node_modules/", StringComparison.Ordinal))
            {
                continue;
            }

            DocSite? site = name switch
            {
                "mkdocs.yml" or "mkdocs.yaml" => MkDocsSite.Detect(root, path, inventory),
                "docusaurus.config.js" or "docusaurus.config.ts" or "docusaurus.config.mjs" or "docusaurus.config.cjs" or "docusaurus.config.mts" => DocusaurusSite.Detect(root, path, inventory),
                "_config.yml" or "_config.yaml" => JekyllSite.Detect(root, path, inventory),
                "conf.py" => SphinxSite.Detect(root, path, inventory),
                _ when HugoSite.IsConfigName(name) => HugoSite.Detect(root, path, inventory),
                _ when StarlightSite.IsConfig(name) => StarlightSite.Detect(root, path, inventory),
                _ when VitePressSite.IsConfig(path) => VitePressSite.Detect(root, path, inventory),
                _ => null,
            };
            if (site is not null && seen.Add((site.Generator, site.Root)) && !sites.Any(s => s.Sections.Any(c => site.Sections.Any(d => d.Folder == c.Folder))))
            {
                sites.Add(site);
            }
        }

        return new SiteSet(root, inventory, sites);
    }

    /// <summary>
    /// What the site holding <paramref name="source"/> as a page knows, for resolving its links (no site: GitHub's
    /// rules only); <paramref name="text"/>, the source's text, tells whether it says it is generated.
    /// </summary>
    public SitePage For(string source, Extraction.SourceText? text = null)
    {
        var (site, section) = Locate(source);
        return new SitePage(this, site, section, source, site is null && text is not null && SitePage.SaysGenerated(text));
    }

    /// <summary>The heading id style of <paramref name="path"/> when it is a page of a site, or null.</summary>
    public HeadingIdStyle? HeadingStyleOf(string path)
    {
        var (site, _) = Locate(path);
        return site is not null && site.IsPage(path) ? site.HeadingIds : null;
    }

    /// <summary>The route table of <paramref name="site"/>.</summary>
    internal SiteRoutes Routes(DocSite site) => routes[IndexOf(site)].Value;

    /// <summary>The <c>:ref:</c> labels of <paramref name="site"/> (a Sphinx project).</summary>
    internal SphinxLabels Labels(DocSite site) => labels[IndexOf(site)].Value;

    private int IndexOf(DocSite site)
    {
        for (var i = 0; i < Sites.Count; i++)
        {
            if (ReferenceEquals(Sites[i], site))
            {
                return i;
            }
        }

        throw new ArgumentException("not a site of this set", nameof(site));
    }

    /// <summary>The site and section with the deepest section folder holding <paramref name="path"/>.</summary>
    private (DocSite? Site, SiteSection? Section) Locate(string path)
    {
        (DocSite? Site, SiteSection? Section) best = (null, null);
        foreach (var site in Sites)
        {
            if (site.SectionOf(path) is { } section && (best.Section is null || section.Folder.Length > best.Section.Folder.Length))
            {
                best = (site, section);
            }
        }

        return best;
    }

    /// <summary>The site a <c>phantoms.sites</c> entry names: its folder served below its URL prefix by its generator's rules.</summary>
    private static DocSite Configured(SiteConfig entry)
    {
        var root = entry.Root.Trim('/');
        const string config = ".maia-sre.json";
        var kind = entry.Generator == SiteGenerator.Docusaurus ? SectionKind.Docs : SectionKind.Pages;
        SiteSection[] sections = [new SiteSection(root, SiteUrl.Prefix(entry.UrlPrefix), kind)];
        var statics = entry.Static.Select(s => s.Trim('/')).ToList();
        return entry.Generator switch
        {
            SiteGenerator.MkDocs => new MkDocsSite(root, config, directoryUrls: true) { Sections = sections, StaticFolders = statics },
            SiteGenerator.Hugo => new HugoSite(root, config, uglyUrls: false) { Sections = sections, StaticFolders = statics },
            SiteGenerator.Docusaurus => new DocusaurusSite(root, config) { Sections = sections, StaticFolders = statics },
            SiteGenerator.Jekyll => new JekyllSite(root, config, pretty: false) { Sections = sections, StaticFolders = statics },
            SiteGenerator.VitePress => new VitePressSite(root, config) { Sections = sections, StaticFolders = statics },
            SiteGenerator.Starlight => new StarlightSite(root, config) { Sections = sections, StaticFolders = statics },
            SiteGenerator.Sphinx => new SphinxSite(root, config, [".rst", ".md"], sectionLabels: false, documentPrefixedLabels: false) { Sections = sections, StaticFolders = statics },
            _ => new ConfiguredSite(root, config) { Sections = sections, StaticFolders = statics },
        };
    }
}
