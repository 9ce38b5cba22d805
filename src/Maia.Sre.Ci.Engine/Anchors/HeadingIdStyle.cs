namespace Maia.Sre.Ci.Anchors;

/// <summary>
/// How a documentation site turns a heading into its id, where the site does not follow GitHub. Docusaurus, Hugo,
/// Jekyll (kramdown's GFM parser) and Astro Starlight make GitHub's ids (github-slugger), so they need no style of
/// their own; explicit <c>{#id}</c> attributes are read for every style.
/// </summary>
public enum HeadingIdStyle : byte
{
    /// <summary>GitHub's ids only (<see cref="GitHubSlug"/>).</summary>
    GitHub,

    /// <summary>Python-Markdown's <c>toc</c> extension as MkDocs uses it by default (<see cref="SiteSlug.MkDocs"/>): duplicates get <c>_1</c>, <c>_2</c>.</summary>
    MkDocs,

    /// <summary>VitePress' slugify from <c>@mdit-vue/shared</c> (<see cref="SiteSlug.VitePress"/>): duplicates get <c>-1</c>, <c>-2</c>.</summary>
    VitePress,
}
