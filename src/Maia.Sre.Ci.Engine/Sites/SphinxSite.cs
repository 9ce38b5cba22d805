using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// A Sphinx project: its source folder is the folder of <c>conf.py</c>; documents (<c>.rst</c>, and <c>.md</c> with
/// MyST) are pages at <c>/a/b.html</c>. A <c>:doc:</c> target or <c>toctree</c> entry names a document without its
/// extension, relative to the document's folder or, starting with <c>/</c>, to the source folder; so do absolute
/// paths of <c>include</c>, <c>literalinclude</c>, <c>image</c> and <c>:download:</c>.
/// </summary>
public sealed class SphinxSite : DocSite
{
    private static readonly string[] IndexNames = ["index"];

    private readonly string[] extensions;

    /// <summary>Creates the project.</summary>
    public SphinxSite(string root, string config, IReadOnlyList<string> sourceSuffixes, bool sectionLabels, bool documentPrefixedLabels)
        : base(SiteGenerator.Sphinx, root, config)
    {
        extensions = [.. sourceSuffixes];
        SectionLabels = sectionLabels;
        DocumentPrefixedLabels = documentPrefixedLabels;
    }

    /// <summary>True with <c>sphinx.ext.autosectionlabel</c>: every section title is a <c>:ref:</c> label too.</summary>
    public bool SectionLabels { get; }

    /// <summary>True with <c>autosectionlabel_prefix_document</c>: those labels are <c>document:Title</c>.</summary>
    public bool DocumentPrefixedLabels { get; }

    /// <inheritdoc/>
    public override bool ServesSectionFiles => false;

    /// <inheritdoc/>
    public override IReadOnlyList<string> PageExtensions => extensions;

    /// <summary>Reads <paramref name="config"/> (<c>conf.py</c>); null unless its folder has a root document and the file reads as Sphinx's.</summary>
    public static SphinxSite? Detect(string root, string config, Inventory inventory)
    {
        var folder = RepoPath.Folder(config);
        var text = ConfigText.Read(root, config);
        if (text is null || !(text.Contains("extensions", StringComparison.Ordinal) || text.Contains("html_theme", StringComparison.Ordinal) || text.Contains("project", StringComparison.Ordinal)))
        {
            return null;
        }

        string[] roots = ["index.rst", "index.md", "contents.rst", "index.txt"];
        var hasRoot = roots.Any(r => inventory.HasFile(RepoPath.Combine(folder, r) ?? r)) || text.Contains("master_doc", StringComparison.Ordinal) || text.Contains("root_doc", StringComparison.Ordinal);
        if (!hasRoot)
        {
            return null;
        }

        var suffixes = new List<string> { ".rst" };
        // MyST, recommonmark (its older Markdown parser) and m2r read Markdown documents too.
        if (text.Contains("myst", StringComparison.Ordinal) || text.Contains("recommonmark", StringComparison.Ordinal) || text.Contains("m2r", StringComparison.Ordinal)
            || text.Contains("'.md'", StringComparison.Ordinal) || text.Contains("\".md\"", StringComparison.Ordinal))
        {
            suffixes.Add(".md");
        }

        if (text.Contains("'.txt'", StringComparison.Ordinal) || text.Contains("\".txt\"", StringComparison.Ordinal))
        {
            suffixes.Add(".txt");
        }

        if (text.Contains("nbsphinx", StringComparison.Ordinal) || text.Contains("myst_nb", StringComparison.Ordinal))
        {
            suffixes.Add(".ipynb");
        }

        var sectionLabels = text.Contains("sphinx.ext.autosectionlabel", StringComparison.Ordinal);
        var prefixed = System.Text.RegularExpressions.Regex.IsMatch(text, @"autosectionlabel_prefix_document\s*=\s*True", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return new SphinxSite(folder, config, suffixes, sectionLabels, prefixed) { Sections = [new SiteSection(folder, "/")] };
    }

    /// <inheritdoc/>
    public override string? PageUrl(string path, SiteSection section, FrontMatter front) =>
        section.UrlPrefix + WithoutExtension(section.Inside(path)) + ".html";

    /// <inheritdoc/>
    public override IEnumerable<string> PageCandidates(SiteSection section, string rest) => Files(section, rest, IndexNames);

    /// <summary>The files a document name (no extension; from the source folder) may be, one per source suffix.</summary>
    public IEnumerable<string> DocumentFiles(string document)
    {
        foreach (var extension in extensions)
        {
            yield return document + extension;
        }
    }
}
