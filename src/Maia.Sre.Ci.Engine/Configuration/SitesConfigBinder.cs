using Maia.Sre.Ci.Sites;

namespace Maia.Sre.Ci.Configuration;

/// <summary>Reads <c>"phantoms.sites"</c>: an array of <c>{ "root", "generator", "urlPrefix", "static" }</c> objects.</summary>
internal static class SitesConfigBinder
{
    public static IReadOnlyList<SiteConfig> Bind(ConfigReader reader, JNode node)
    {
        if (node is not JArray array)
        {
            throw reader.Error(node.Line, node.Column, $"'phantoms.sites' must be an array of site objects, not {node.TypeName}");
        }

        var sites = new List<SiteConfig>(array.Items.Count);
        for (var i = 0; i < array.Items.Count; i++)
        {
            var name = $"phantoms.sites[{i}]";
            var obj = reader.ReadObject(array.Items[i], name);
            reader.RejectUnknownKeys(obj, $"'{name}'", "root", "generator", "urlPrefix", "static");
            string? root = null;
            var generator = SiteGenerator.Configured;
            var prefix = "/";
            IReadOnlyList<string> statics = [];
            foreach (var p in obj.Properties)
            {
                switch (p.Key)
                {
                    case "root":
                        root = reader.ReadString(p.Value, name + ".root");
                        if (ValidateFolder(root) is { } problem)
                        {
                            throw reader.Error(p.Value.Line, p.Value.Column, $"'{name}.root': {problem}");
                        }

                        break;
                    case "generator":
                        generator = SiteGenerators.Parse(reader.ReadOneOf(p.Value, name + ".generator", [.. SiteGenerators.Names])) ?? SiteGenerator.Configured;
                        break;
                    case "urlPrefix":
                        prefix = reader.ReadString(p.Value, name + ".urlPrefix");
                        if (!prefix.StartsWith('/') || prefix.Contains("://", StringComparison.Ordinal))
                        {
                            throw reader.Error(p.Value.Line, p.Value.Column, $"'{name}.urlPrefix' must be a URL path starting with '/', like '/docs/', not '{prefix}'");
                        }

                        break;
                    case "static":
                        statics = reader.ReadStrings(p.Value, name + ".static", ValidateFolder);
                        break;
                }
            }

            if (root is null)
            {
                throw reader.Error(obj.Line, obj.Column, $"'{name}' needs a 'root': the folder of the site's pages, relative to the repository root");
            }

            sites.Add(new SiteConfig(root.Trim('/') is "." ? "" : root.Trim('/'), generator, prefix, statics));
        }

        return sites;
    }

    private static string? ValidateFolder(string value) =>
        value.StartsWith('/') || value.Split('/').Contains("..") || value.Contains('\\', StringComparison.Ordinal)
            ? $"'{value}' must be a folder relative to the repository root, inside it"
            : null;
}
