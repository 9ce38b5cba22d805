using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Preflight;

namespace Maia.Sre.Ci.Configuration;

/// <summary>Reads the <c>"preflight"</c> section.</summary>
internal static class PreflightConfigBinder
{
    private static readonly string[] Keys =
    [
        "enabled", "git", "requiredPaths", "requiredCommands", "writablePaths", "minFreeDiskGb", "criticalSources",
        "commandTimeoutSeconds",
    ];

    private static readonly string[] GitKeys = ["requireWorkTree", "identity", "clean", "operationInProgress", "detachedHead", "shallow"];

    private static readonly string[] SeverityWords = ["critical", "error", "warning", "note", "off"];

    public static PreflightConfig Bind(ConfigReader reader, JNode node)
    {
        var obj = reader.ReadObject(node, "preflight");
        reader.RejectUnknownKeys(obj, "'preflight'", Keys);
        var configured = new HashSet<string>(StringComparer.Ordinal);
        var config = new PreflightConfig { Configured = configured };
        foreach (var p in obj.Properties)
        {
            var name = "preflight." + p.Key;
            configured.Add(p.Key);
            config = reader.Attempt(() => p.Key switch
            {
                "enabled" => config with { Enabled = reader.ReadBool(p.Value, name) },
                "git" => config with { Git = BindGit(reader, p.Value, configured) },
                "requiredPaths" => config with { RequiredPaths = ReadList(reader, p.Value, name, ReadRequiredPath) },
                "requiredCommands" => config with { RequiredCommands = ReadList(reader, p.Value, name, ReadRequiredCommand) },
                "writablePaths" => config with { WritablePaths = reader.ReadStrings(p.Value, name, ValidateWritable) },
                "minFreeDiskGb" => config with { MinFreeDiskGb = reader.ReadNumber(p.Value, name, 0, 1_000_000) },
                "criticalSources" => config with { CriticalSources = reader.ReadStrings(p.Value, name, GlobPatterns.Validate) },
                "commandTimeoutSeconds" => config with { CommandTimeout = TimeSpan.FromSeconds(reader.ReadNumber(p.Value, name, 0.1, 3600)) },
                _ => config,
            }, config);
        }

        return config;
    }

    private static GitPreflightConfig BindGit(ConfigReader reader, JNode node, HashSet<string> configured)
    {
        var obj = reader.ReadObject(node, "preflight.git");
        reader.RejectUnknownKeys(obj, "'preflight.git'", GitKeys);
        var config = new GitPreflightConfig();
        foreach (var p in obj.Properties)
        {
            var name = "preflight.git." + p.Key;
            configured.Add("git." + p.Key);
            config = reader.Attempt(() => p.Key switch
            {
                "requireWorkTree" => config with { RequireWorkTree = reader.ReadBool(p.Value, name) },
                "identity" => config with { Identity = ReadSeverity(reader, p.Value, name) },
                "clean" => config with { Clean = ReadSeverity(reader, p.Value, name) },
                "operationInProgress" => config with { OperationInProgress = ReadSeverity(reader, p.Value, name) },
                "detachedHead" => config with { DetachedHead = ReadSeverity(reader, p.Value, name) },
                "shallow" => config with { Shallow = ReadSeverity(reader, p.Value, name) },
                _ => config,
            }, config);
        }

        return config;
    }

    private static Severity? ReadSeverity(ConfigReader reader, JNode node, string name)
    {
        var word = reader.ReadOneOf(node, name, SeverityWords);
        return SeverityNames.TryParse(word, out var severity) ? severity : null;
    }

    private static List<T> ReadList<T>(ConfigReader reader, JNode node, string name, Func<ConfigReader, JNode, string, T> item)
    {
        if (node is not JArray array)
        {
            throw reader.Error(node.Line, node.Column, $"'{name}' must be an array, not {node.TypeName}");
        }

        return array.Items.Select(i => item(reader, i, name + "[]")).ToList();
    }

    private static RequiredPath ReadRequiredPath(ConfigReader reader, JNode node, string name)
    {
        if (node is JString s)
        {
            return new RequiredPath(CheckedRelative(reader, s, name));
        }

        var obj = reader.ReadObject(node, name);
        reader.RejectUnknownKeys(obj, $"'{name}'", "path", "executable");
        var path = obj.Properties.FirstOrDefault(p => p.Key == "path") ?? throw reader.Error(obj.Line, obj.Column, $"'{name}' needs a 'path'");
        var executable = obj.Properties.FirstOrDefault(p => p.Key == "executable");
        return new RequiredPath(
            CheckedRelative(reader, path.Value as JString ?? throw reader.Error(path.Value.Line, path.Value.Column, $"'{name}.path' must be a string, not {path.Value.TypeName}"), name + ".path"),
            executable is not null && reader.ReadBool(executable.Value, name + ".executable"));
    }

    private static RequiredCommand ReadRequiredCommand(ConfigReader reader, JNode node, string name)
    {
        if (node is JString s)
        {
            return new RequiredCommand(CheckedCommand(reader, s, name));
        }

        var obj = reader.ReadObject(node, name);
        reader.RejectUnknownKeys(obj, $"'{name}'", "name", "minVersion", "versionArgs");
        var command = obj.Properties.FirstOrDefault(p => p.Key == "name") ?? throw reader.Error(obj.Line, obj.Column, $"'{name}' needs a 'name'");
        var result = new RequiredCommand(CheckedCommand(reader, command.Value as JString ?? throw reader.Error(command.Value.Line, command.Value.Column, $"'{name}.name' must be a string, not {command.Value.TypeName}"), name + ".name"));
        foreach (var p in obj.Properties)
        {
            result = reader.Attempt(() => p.Key switch
            {
                "minVersion" => result with { MinVersion = CheckedVersion(reader, p.Value, name + ".minVersion") },
                "versionArgs" => result with { VersionArgs = reader.ReadStrings(p.Value, name + ".versionArgs") },
                _ => result,
            }, result);
        }

        return result;
    }

    private static string CheckedRelative(ConfigReader reader, JString node, string name)
    {
        var value = node.Value;
        var bad = string.IsNullOrWhiteSpace(value) || value.StartsWith('/') || value.Contains('\\', StringComparison.Ordinal) || value.Split('/').Contains("..");
        return bad ? throw reader.Error(node.Line, node.Column, $"'{name}': '{value}' must be a path relative to the repository root, inside it, with '/' separators") : value.TrimEnd('/');
    }

    private static string CheckedCommand(ConfigReader reader, JString node, string name) =>
        node.Value.Length == 0 || node.Value.IndexOfAny(['/', '\\', ' ', '\t']) >= 0
            ? throw reader.Error(node.Line, node.Column, $"'{name}': '{node.Value}' must be a command name without folders or spaces (use 'requiredPaths' for repository files)")
            : node.Value;

    private static string CheckedVersion(ConfigReader reader, JNode node, string name)
    {
        var value = reader.ReadString(node, name);
        return ToolVersion.TryParse(value, out _) ? value : throw reader.Error(node.Line, node.Column, $"'{name}': '{value}' is not a version like '8.0' or '2.39.1'");
    }

    private static string? ValidateWritable(string value) =>
        string.IsNullOrWhiteSpace(value) || (!Path.IsPathRooted(value) && value.Replace('\\', '/').Split('/').Contains(".."))
            ? $"'{value}' must be a path inside the repository (relative to the root) or an absolute path"
            : null;
}
