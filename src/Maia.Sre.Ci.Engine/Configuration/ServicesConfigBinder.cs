namespace Maia.Sre.Ci.Configuration;

/// <summary>Reads the <c>"services"</c> section.</summary>
internal static class ServicesConfigBinder
{
    private static readonly string[] Keys = ["launchd", "systemd", "exclude", "continuousSlo", "scheduledSlo", "systemdScope", "timeoutSeconds"];

    public static ServicesConfig Bind(ConfigReader reader, JNode node)
    {
        var obj = reader.ReadObject(node, "services");
        reader.RejectUnknownKeys(obj, "'services'", Keys);
        var config = new ServicesConfig();
        foreach (var p in obj.Properties)
        {
            var name = "services." + p.Key;
            config = reader.Attempt(() => p.Key switch
            {
                "launchd" => config with { Launchd = reader.ReadStrings(p.Value, name, GlobPatterns.Validate) },
                "systemd" => config with { Systemd = reader.ReadStrings(p.Value, name, GlobPatterns.Validate) },
                "exclude" => config with { Exclude = reader.ReadStrings(p.Value, name, GlobPatterns.Validate) },
                "continuousSlo" => config with { ContinuousSlo = reader.ReadNumber(p.Value, name, 0, 99.9999) },
                "scheduledSlo" => config with { ScheduledSlo = reader.ReadNumber(p.Value, name, 0, 99.9999) },
                "systemdScope" => config with { SystemdScope = reader.ReadOneOf(p.Value, name, "user", "system") },
                "timeoutSeconds" => config with { TimeoutSeconds = reader.ReadInteger(p.Value, name, 1, 600) },
                _ => config,
            }, config);
        }

        return config;
    }
}
