namespace Maia.Sre.Ci.Configuration;

/// <summary>Reads the <c>"phantoms.history"</c> section.</summary>
internal static class HistoryConfigBinder
{
    public static HistoryConfig Bind(ConfigReader reader, JNode node)
    {
        var obj = reader.ReadObject(node, "phantoms.history");
        reader.RejectUnknownKeys(obj, "'phantoms.history'", "maxCommits", "maxSeconds");
        var config = new HistoryConfig();
        foreach (var p in obj.Properties)
        {
            config = p.Key switch
            {
                "maxCommits" => config with { MaxCommits = reader.ReadInteger(p.Value, "phantoms.history.maxCommits", 0, 1_000_000) },
                "maxSeconds" => config with { MaxSeconds = reader.ReadNumber(p.Value, "phantoms.history.maxSeconds", 0.1, 600) },
                _ => config,
            };
        }

        return config;
    }
}
