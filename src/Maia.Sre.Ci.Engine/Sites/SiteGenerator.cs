namespace Maia.Sre.Ci.Sites;

/// <summary>The documentation generators whose sites are recognised.</summary>
public enum SiteGenerator : byte
{
    /// <summary>MkDocs (<c>mkdocs.yml</c>).</summary>
    MkDocs,

    /// <summary>Hugo (<c>hugo.toml</c>, or <c>config.toml</c> beside <c>content/</c>).</summary>
    Hugo,

    /// <summary>Docusaurus (<c>docusaurus.config.js</c> or <c>.ts</c>).</summary>
    Docusaurus,

    /// <summary>Jekyll and GitHub Pages (<c>_config.yml</c>).</summary>
    Jekyll,

    /// <summary>VitePress (<c>.vitepress/config.*</c>).</summary>
    VitePress,

    /// <summary>Astro Starlight (<c>astro.config.*</c> with <c>@astrojs/starlight</c>).</summary>
    Starlight,

    /// <summary>Sphinx (<c>conf.py</c> beside the root document).</summary>
    Sphinx,

    /// <summary>A site named in <c>phantoms.sites</c> of <c>.maia-sre.json</c>.</summary>
    Configured,
}

/// <summary>Names of <see cref="SiteGenerator"/> values as users write and read them.</summary>
public static class SiteGenerators
{
    /// <summary>The generator's name as its users write it (<c>MkDocs</c>, <c>Hugo</c>).</summary>
    public static string DisplayName(this SiteGenerator generator) => generator switch
    {
        SiteGenerator.MkDocs => "MkDocs",
        SiteGenerator.Hugo => "Hugo",
        SiteGenerator.Docusaurus => "Docusaurus",
        SiteGenerator.Jekyll => "Jekyll",
        SiteGenerator.VitePress => "VitePress",
        SiteGenerator.Starlight => "Starlight",
        SiteGenerator.Sphinx => "Sphinx",
        _ => "documentation",
    };

    /// <summary>The generator named <paramref name="name"/> in configuration (lower case), or null.</summary>
    public static SiteGenerator? Parse(string name) => name switch
    {
        "mkdocs" => SiteGenerator.MkDocs,
        "hugo" => SiteGenerator.Hugo,
        "docusaurus" => SiteGenerator.Docusaurus,
        "jekyll" => SiteGenerator.Jekyll,
        "vitepress" => SiteGenerator.VitePress,
        "starlight" => SiteGenerator.Starlight,
        "sphinx" => SiteGenerator.Sphinx,
        "plain" => SiteGenerator.Configured,
        _ => null,
    };

    /// <summary>The names <see cref="Parse"/> accepts.</summary>
    public static readonly IReadOnlyList<string> Names = ["mkdocs", "hugo", "docusaurus", "jekyll", "vitepress", "starlight", "sphinx", "plain"];
}
