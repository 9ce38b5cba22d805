namespace Maia.Sre.Ci.Configuration;

/// <summary>Loads and validates <c>.maia-sre.json</c>.</summary>
public static class ConfigLoader
{
    /// <summary>The top-level sections the file may have.</summary>
    public static readonly string[] Sections = ["phantoms", "preflight", "services"];

    /// <summary>Larger configuration files are refused.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>
    /// Loads <paramref name="explicitPath"/> when given (it must exist), else <c>.maia-sre.json</c> in
    /// <paramref name="root"/> when present, else the defaults.
    /// </summary>
    public static MaiaConfig Load(string root, string? explicitPath, string? shownAs = null)
    {
        var path = explicitPath ?? System.IO.Path.Combine(root, MaiaConfig.FileName);
        var shown = shownAs ?? explicitPath ?? MaiaConfig.FileName;
        if (!File.Exists(path))
        {
            if (explicitPath is null)
            {
                return new MaiaConfig();
            }

            throw new ConfigException(shown, Directory.Exists(path) ? "is a folder, not a configuration file" : "file not found");
        }

        string text;
        try
        {
            // A pipe or device reports length 0 (reading it could block): treat it as the empty file it looks like.
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                throw new ConfigException(shown, $"is {length / 1024} KiB; a configuration file is at most {MaxBytes / 1024} KiB");
            }

            text = length == 0 ? "" : File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(shown, "cannot be read: " + ex.Message);
        }

        return Parse(text, shown) with { Path = System.IO.Path.GetFullPath(path) };
    }

    /// <summary>Parses configuration text; <paramref name="file"/> names it in errors.</summary>
    public static MaiaConfig Parse(string text, string file)
    {
        var reader = new ConfigReader(file);
        var root = PositionalJsonParser.Parse(text, file);
        var obj = reader.ReadObject(root, "the configuration");
        reader.RejectUnknownKeys(obj, "the configuration", Sections);
        var config = new MaiaConfig();
        foreach (var prop in obj.Properties)
        {
            config = reader.Attempt(() => prop.Key switch
            {
                "phantoms" => config with { Phantoms = PhantomsConfigBinder.Bind(reader, prop.Value) },
                "preflight" => config with { Preflight = PreflightConfigBinder.Bind(reader, prop.Value) },
                "services" => config with { Services = ServicesConfigBinder.Bind(reader, prop.Value) },
                _ => config,
            }, config);
        }

        reader.ThrowIfAny();

        // The built-in critical sources need no help: a file they run is critical by its role (see MSRE1001). Sources
        // a user names make every phantom in them critical, whatever the line does with the file.
        var named = config.Preflight.Enabled && config.Preflight.Configured.Contains("criticalSources");
        var critical = config.Phantoms.Critical with { GateSources = named ? config.Preflight.CriticalSources : [] };
        return config with { Phantoms = config.Phantoms with { Critical = critical } };
    }
}
