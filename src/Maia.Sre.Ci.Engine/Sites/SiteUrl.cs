namespace Maia.Sre.Ci.Sites;

/// <summary>URL paths as a browser and a site's link checker read them: joined to the page they are on, and made canonical.</summary>
public static class SiteUrl
{
    private static readonly string[] PageExtensions = [".md", ".mdx", ".markdown"];

    /// <summary>
    /// The absolute URL path <paramref name="link"/> (a path, no query or fragment) names from the page at
    /// <paramref name="pageUrl"/>: a link starting with <c>/</c> as it is, any other relative to the page's folder
    /// (<c>/a/b/</c> for <c>/a/b/</c>, <c>/a/</c> for <c>/a/b</c>), with <c>.</c> and <c>..</c> resolved (never above
    /// the site's root, as browsers do).
    /// </summary>
    public static string Join(string pageUrl, string link)
    {
        var combined = link.StartsWith('/') ? link : pageUrl[..(pageUrl.LastIndexOf('/') + 1)] + link;
        var segments = new List<string>();
        var parts = combined.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part is "." or "")
            {
                continue;
            }

            if (part == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(part);
        }

        var last = parts[^1];
        var folder = last is "" or "." or ".." && segments.Count > 0;
        return "/" + string.Join('/', segments) + (folder ? "/" : "");
    }

    /// <summary>
    /// The form of <paramref name="url"/> that names one page however it is written: without a trailing <c>/</c>,
    /// <c>.html</c> or <c>/index</c> (and, where the generator rewrites them, <c>.md</c> and <c>.mdx</c>); the root is
    /// the empty string. <c>/docs/x/</c>, <c>/docs/x</c>, <c>/docs/x.html</c> and <c>/docs/x/index.html</c> are all
    /// <c>/docs/x</c>.
    /// </summary>
    public static string Canonical(string url, bool markdownUrls)
    {
        var key = url.TrimEnd('/');
        if (key.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            key = key[..^5];
        }
        else if (markdownUrls)
        {
            foreach (var extension in PageExtensions)
            {
                if (key.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    key = key[..^extension.Length];
                    break;
                }
            }
        }

        if (key.EndsWith("/index", StringComparison.Ordinal) || key == "index")
        {
            key = key[..^5];
        }

        key = key.TrimEnd('/');
        return key.Length == 0 || key[0] == '/' ? key : "/" + key;
    }

    /// <summary>
    /// The path below <paramref name="prefix"/> (<c>/docs/</c>) of the canonical <paramref name="key"/>, without
    /// slashes at either end (<c>""</c> for the prefix itself), or null when the key is not below it.
    /// </summary>
    public static string? Below(string key, string prefix)
    {
        var bare = prefix.TrimEnd('/');
        if (bare.Length == 0)
        {
            return key.TrimStart('/');
        }

        if (key == bare)
        {
            return "";
        }

        return key.StartsWith(bare, StringComparison.Ordinal) && key.Length > bare.Length && key[bare.Length] == '/' ? key[(bare.Length + 1)..] : null;
    }

    /// <summary><paramref name="url"/> without the site's base path (<c>/project/</c> of a site served below a domain's root), or null when it is not below it.</summary>
    public static string? WithoutBase(string url, string baseUrl)
    {
        if (baseUrl.Length <= 1)
        {
            return url;
        }

        var bare = baseUrl.TrimEnd('/');
        if (url == bare)
        {
            return "/";
        }

        return url.StartsWith(bare + "/", StringComparison.Ordinal) ? url[bare.Length..] : null;
    }

    /// <summary>A prefix as sections keep it: starting and ending with <c>/</c>.</summary>
    public static string Prefix(string path)
    {
        var trimmed = path.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }
}
