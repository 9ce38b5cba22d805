namespace Maia.Sre.Ci.Sites;

/// <summary>What the pages of a <see cref="SiteSection"/> are, which decides their URLs.</summary>
public enum SectionKind : byte
{
    /// <summary>Pages whose URL follows their path (MkDocs, Hugo, VitePress, Starlight, Sphinx, Jekyll pages).</summary>
    Pages,

    /// <summary>Docusaurus docs: ids and <c>slug</c> front matter, number prefixes dropped.</summary>
    Docs,

    /// <summary>Docusaurus blog posts: <c>slug</c> front matter, else the date and name of the file.</summary>
    Blog,

    /// <summary>A Jekyll collection (<c>_docs/</c>) or <c>_posts/</c>, whose URLs follow a permalink pattern.</summary>
    Collection,
}

/// <summary>A folder of pages served under one URL prefix.</summary>
/// <param name="Folder">The folder, repository-relative.</param>
/// <param name="UrlPrefix">Where its pages are served, starting and ending with <c>/</c> (<c>/</c>, <c>/docs/</c>).</param>
/// <param name="Kind">How its pages get their URLs.</param>
/// <param name="Pattern">For a Jekyll collection, its permalink pattern (<c>/:collection/:path/</c>); else null.</param>
public sealed record SiteSection(string Folder, string UrlPrefix, SectionKind Kind = SectionKind.Pages, string? Pattern = null)
{
    /// <summary>True when <paramref name="path"/> lies inside the section's folder.</summary>
    public bool Contains(string path) => Folder.Length == 0 || (path.Length > Folder.Length && path[Folder.Length] == '/' && path.StartsWith(Folder, StringComparison.Ordinal));

    /// <summary>The path of <paramref name="path"/> inside the section's folder.</summary>
    public string Inside(string path) => Folder.Length == 0 ? path : path[(Folder.Length + 1)..];

    /// <summary>The repository path of <paramref name="inside"/>, a path inside the section's folder.</summary>
    public string At(string inside) => Folder.Length == 0 ? inside : inside.Length == 0 ? Folder : Folder + "/" + inside;
}
