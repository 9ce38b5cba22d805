namespace Maia.Sre.Ci.Sites;

/// <summary>Small helpers the site readers share.</summary>
internal static class SitePaths
{
    /// <summary>The path part of a site address (<c>https://x.github.io/project/</c> gives <c>/project/</c>), or <c>/</c>.</summary>
    public static string BasePath(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return "/";
        }

        if (address.StartsWith('/'))
        {
            return SiteUrl.Prefix(address);
        }

        return Uri.TryCreate(address, UriKind.Absolute, out var uri) ? SiteUrl.Prefix(uri.AbsolutePath) : "/";
    }

    /// <summary>True when <paramref name="text"/> is one of the words YAML, TOML and JavaScript write for true.</summary>
    public static bool IsTrue(string? text) => text is not null && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "yes" || text == "on");
}
