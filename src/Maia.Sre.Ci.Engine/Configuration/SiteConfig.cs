using Maia.Sre.Ci.Sites;

namespace Maia.Sre.Ci.Configuration;

/// <summary>
/// One entry of <c>phantoms.sites</c>: a documentation site the detection cannot find (a configuration it does not
/// read, a generator it does not know), named by its folder of pages and the URL they are served under.
/// </summary>
/// <param name="Root">The folder of the site's pages, repository-relative.</param>
/// <param name="Generator">Whose rules place the pages (<see cref="SiteGenerator.Configured"/> for <c>plain</c>).</param>
/// <param name="UrlPrefix">The URL path the folder is served at (<c>/</c>, <c>/docs/</c>).</param>
/// <param name="Static">Folders served as they are at the site's root (<c>static/</c>, <c>public/</c>).</param>
public sealed record SiteConfig(string Root, SiteGenerator Generator, string UrlPrefix, IReadOnlyList<string> Static);
