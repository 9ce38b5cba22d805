namespace Maia.Sre.Ci.Configuration;

/// <summary>Reads the <c>"phantoms"</c> section.</summary>
internal static class PhantomsConfigBinder
{
    private static readonly string[] Keys =
    [
        "sources", "exclude", "inventory", "searchPaths", "rootAliases", "extensions", "critical", "spofThreshold", "ignore",
        "placeholders", "history", "sites",
    ];

    public static PhantomsConfig Bind(ConfigReader reader, JNode node)
    {
        var obj = reader.ReadObject(node, "phantoms");
        reader.RejectUnknownKeys(obj, "'phantoms'", Keys);
        var config = new PhantomsConfig();
        foreach (var p in obj.Properties)
        {
            var name = "phantoms." + p.Key;
            config = reader.Attempt(() => p.Key switch
            {
                "sources" => config with { Sources = reader.ReadStrings(p.Value, name, GlobPatterns.Validate) },
                "exclude" => config with { Exclude = reader.ReadStrings(p.Value, name, GlobPatterns.Validate) },
                "inventory" => config with { Inventory = reader.ReadStrings(p.Value, name, GlobPatterns.Validate) },
                "searchPaths" => config with { SearchPaths = reader.ReadStrings(p.Value, name, ValidateFolder) },
                "rootAliases" => config with { RootAliases = reader.ReadStrings(p.Value, name, ValidateAlias) },
                "extensions" => config with { Extensions = reader.ReadStrings(p.Value, name, ValidateExtension) },
                "critical" => config with { Critical = BindCritical(reader, p.Value) },
                "spofThreshold" => config with { SpofThreshold = reader.ReadInteger(p.Value, name, 1, 1_000_000) },
                "ignore" => config with { Ignore = reader.ReadStrings(p.Value, name, NotEmpty) },
                "placeholders" => config with { Placeholders = reader.ReadStrings(p.Value, name, NotEmpty) },
                "history" => config with { History = HistoryConfigBinder.Bind(reader, p.Value) },
                "sites" => config with { Sites = SitesConfigBinder.Bind(reader, p.Value) },
                _ => config,
            }, config);
        }

        return config;
    }

    private static CriticalConfig BindCritical(ConfigReader reader, JNode node)
    {
        var obj = reader.ReadObject(node, "phantoms.critical");
        reader.RejectUnknownKeys(obj, "'phantoms.critical'", "sources", "keywords");
        var config = new CriticalConfig();
        foreach (var p in obj.Properties)
        {
            config = reader.Attempt(() => p.Key switch
            {
                "sources" => config with { Sources = reader.ReadStrings(p.Value, "phantoms.critical.sources", GlobPatterns.Validate) },
                "keywords" => config with { Keywords = reader.ReadStrings(p.Value, "phantoms.critical.keywords", NotEmpty) },
                _ => config,
            }, config);
        }

        return config;
    }

    private static string? NotEmpty(string value) => string.IsNullOrWhiteSpace(value) ? "empty entries are not allowed" : null;

    private static string? ValidateExtension(string value) =>
        value.Length < 2 || value[0] != '.' || value.IndexOfAny(['/', '\\', '*', ' ']) >= 0
            ? $"'{value}' is not an extension; write it with its dot, like '.py'"
            : null;

    private static string? ValidateFolder(string value) =>
        string.IsNullOrWhiteSpace(value) || value.StartsWith('/') || value.Split('/').Contains("..")
            ? $"'{value}' must be a folder relative to the repository root, inside it"
            : null;

    private static string? ValidateAlias(string value) =>
        string.IsNullOrWhiteSpace(value) || !value.EndsWith('/')
            ? $"'{value}' must end with '/', like '~/git/myrepo/'"
            : null;
}
