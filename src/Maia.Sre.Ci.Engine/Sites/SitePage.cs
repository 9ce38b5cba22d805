using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Resolution;
using ResolutionResult = Maia.Sre.Ci.Resolution.Resolution;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// A source as its documentation site sees it (or as no site does): the hook the phantom analysis consults for every
/// reference of the source. A link resolves as GitHub shows it first; only when that finds nothing, and the source is
/// a page of a site, does the site's own resolution answer (<see cref="SiteLinks"/>). A link neither finds is reported
/// in the site's terms when it is written as a site URL. Sphinx documents (<c>:doc:</c>), labels (<c>:ref:</c>) and
/// files named from the site's folder are resolved here in any case.
/// </summary>
public readonly struct SitePage
{
    private static readonly string[] DocumentSuffixes = [".rst", ".md", ".txt"];

    private readonly SiteSet set;
    private readonly DocSite? site;
    private readonly SiteSection? section;
    private readonly string source;
    private readonly bool generated;

    internal SitePage(SiteSet set, DocSite? site, SiteSection? section, string source, bool generated = false)
    {
        this.set = set;
        this.site = site;
        this.section = section;
        this.source = source;
        this.generated = generated;
    }

    /// <summary>The site the source is a page of, or null.</summary>
    public DocSite? Site => site;

    /// <summary>Resolves <paramref name="reference"/> of the source (in <paramref name="folder"/>) with <paramref name="resolver"/> and, where it says so, the site.</summary>
    internal ResolutionResult Resolve(RawReference reference, string folder, ReferenceResolver resolver)
    {
        // Paths from the site's folder are paths from the root once that folder is put before them: GitHub's reading
        // then finds them, and its message names the file.
        switch (reference.Kind)
        {
            case ReferenceKind.Document:
                return ResolveDocument(reference);
            case ReferenceKind.SiteFile:
                return resolver.ResolveIn(reference with { Kind = ReferenceKind.Link, Text = FromSiteRoot(reference.Text) }, folder);
            case ReferenceKind.Link when site is not null && reference.Text.StartsWith("@site/", StringComparison.Ordinal):
                return resolver.ResolveIn(reference with { Text = FromSiteRoot(reference.Text["@site/".Length..]) }, folder);
            case ReferenceKind.Link when site is SphinxSite sphinx && reference.Text.StartsWith('/') && !reference.Text.StartsWith("//", StringComparison.Ordinal):
                return resolver.ResolveIn(reference with { Text = "/" + RepoPath.Combine(sphinx.Root, reference.Text.TrimStart('/')) }, folder);
        }

        var resolution = resolver.ResolveIn(reference, folder);
        if (generated && reference.Kind == ReferenceKind.Link && resolution.Outcome == Outcome.Missing && IsSiteUrl(reference.Text))
        {
            // A generated page published on another site (another repository's) links that site's URLs.
            return resolution with
            {
                Site = new SiteMiss($"nothing at '{resolution.Target}' in the repository", null,
                    "the file says it is generated, and links written as site URLs are for the site it is published on, which is not in this repository"),
            };
        }

        if (site is null || section is null || reference.Kind != ReferenceKind.Link)
        {
            return resolution;
        }

        // GitHub's reading first: a file found is found; a folder found is kept unless the site has a page there
        // (whose headings a fragment names).
        var folderHit = resolution.Outcome == Outcome.Exists && resolution.TargetId < 0;
        if ((resolution.Outcome == Outcome.Exists && !(folderHit && reference.Fragment is not null)) || resolution.Outcome is not (Outcome.Exists or Outcome.Missing or Outcome.EscapesRoot))
        {
            return resolution;
        }

        var answer = SiteLinks.Resolve(set, site, section, source, reference.Text);
        if (answer.File is { } file)
        {
            return new ResolutionResult(Outcome.Exists, file) { TargetId = answer.Id };
        }

        if (folderHit)
        {
            return resolution;
        }

        if (answer.Generated)
        {
            return new ResolutionResult(Outcome.NotAReference, reference.Text);
        }

        return answer.Miss is { } miss && IsSiteUrl(reference.Text)
            ? new ResolutionResult(Outcome.Missing, resolution.Target) { Site = miss, Anchoring = Anchoring.Anchored }
            : resolution;
    }

    /// <summary>Checks a <c>:ref:</c> label against the labels of the source's Sphinx project, adding a finding to <paramref name="scan"/> when it has none such.</summary>
    internal void CheckLabel(RawReference reference, FindingBuilder builder, SourceScan scan)
    {
        if (site is not SphinxSite sphinx)
        {
            return; // outside a Sphinx project the labels are unknown
        }

        var labels = set.Labels(sphinx);
        if (labels.Has(reference.Text))
        {
            return;
        }

        var suggestion = labels.Closest(reference.Text);
        var hint = suggestion is null ? "" : $"; did you mean '{suggestion}'?";
        scan.Findings.Add(builder.MissingLabel(reference, $"':ref:`{reference.Text}`': no label '{reference.Text}' in the Sphinx project '{(sphinx.Root.Length == 0 ? "." : sphinx.Root)}/'{hint}", suggestion));
    }

    /// <summary>
    /// True when the token at <paramref name="start"/> of <paramref name="line"/> is an HTML attribute's value
    /// (<c>src="/img/x.png"</c>) on a page of a site: a URL the site serves. Outside a site such a value is left alone,
    /// as any path after a quote is (translations built into a site by a script have no site configuration to read).
    /// </summary>
    internal bool IsSiteAttribute(ReadOnlySpan<char> line, int start) =>
        site is not null && start >= 2 && line[start - 1] is ('"' or '\'') && line[start - 2] == '=';

    /// <summary>True when the first lines of <paramref name="text"/> say the file is generated ("auto-generated", "do not edit").</summary>
    internal static bool SaysGenerated(SourceText text)
    {
        for (var i = 0; i < Math.Min(3, text.LineCount); i++)
        {
            var line = text.Line(i);
            if (line.Contains("auto-generated", StringComparison.OrdinalIgnoreCase) || line.Contains("autogenerated", StringComparison.OrdinalIgnoreCase)
                || line.Contains("do not edit", StringComparison.OrdinalIgnoreCase) || line.Contains("this file is generated", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for links written as a site URL rather than a file: from the site's root, without an extension, to a folder, or to an HTML page.</summary>
    private static bool IsSiteUrl(string link)
    {
        var name = RepoPath.Name(link);
        return link.StartsWith('/') || link.EndsWith('/') || !name.Contains('.', StringComparison.Ordinal)
            || name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A path from the site's folder (or, in no site, from the source's folder) as a path from the repository root.</summary>
    /// <remarks>
    /// A Hugo <c>ref</c> to a page (<c>.md</c>) is relative to the page, or, starting with <c>/</c>, to the content
    /// folder; a <c>file=</c> parameter is from the site's folder, as Hugo's <c>readFile</c> reads it.
    /// </remarks>
    private string FromSiteRoot(string path)
    {
        var page = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        if (site is null || (site is HugoSite && page && !path.StartsWith('/')))
        {
            return path;
        }

        var rootFolder = site is HugoSite && page && section is not null ? section.Folder : site.Root;
        return "/" + (RepoPath.Combine(rootFolder, path.TrimStart('/')) ?? path.TrimStart('/'));
    }

    /// <summary>A Sphinx document name: each source suffix in the named folder.</summary>
    private ResolutionResult ResolveDocument(RawReference reference)
    {
        var name = reference.Text;
        var sphinx = site as SphinxSite;
        var baseFolder = name.StartsWith('/') ? sphinx?.Root ?? "" : RepoPath.Folder(source);
        var document = RepoPath.Combine(baseFolder, name.TrimStart('/'));
        if (document is null)
        {
            return new ResolutionResult(Outcome.EscapesRoot, name, Detail: "climbs out of the repository root");
        }

        var candidates = sphinx?.DocumentFiles(document).ToList() ?? DocumentSuffixes.Select(s => document + s).ToList();
        foreach (var candidate in candidates)
        {
            if (set.Inventory.TryGetFile(candidate, out var file, out var id))
            {
                return new ResolutionResult(Outcome.Exists, file) { TargetId = id };
            }
        }

        var where = sphinx is null ? "" : $" in the Sphinx project '{(sphinx.Root.Length == 0 ? "." : sphinx.Root)}/'";
        var looked = string.Join(", ", candidates);
        var suggestion = set.Inventory.TryGetFile(document, out _, out _) ? null : SimilarDocument(document, candidates);
        return new ResolutionResult(Outcome.Missing, candidates[0])
        {
            Site = new SiteMiss($"no document '{name}'{where} (looked for {looked})", suggestion, null),
            Anchoring = Anchoring.Anchored,
        };
    }

    /// <summary>A document of the same folder with a close name, written as a document name relative to the source, or null.</summary>
    private string? SimilarDocument(string document, List<string> candidates)
    {
        var folder = RepoPath.Folder(document);
        var names = set.Inventory.NamesIn(folder).Where(n => candidates.Any(c => n.EndsWith(c[c.LastIndexOf('.')..], StringComparison.Ordinal))).Select(n => n[..n.LastIndexOf('.')]);
        return Text.EditDistance.Closest(RepoPath.Name(document), names) is { } close ? RepoPath.Relative(RepoPath.Folder(source), RepoPath.Combine(folder, close) ?? close) : null;
    }
}
