namespace Maia.Sre.Ci.Tool.Cli;

/// <summary>A parsed command line: the command, option values, flags and positional arguments.</summary>
public sealed class ParsedArguments
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    public ParsedArguments(string command) => Command = command;

    /// <summary>The command name.</summary>
    public string Command { get; }

    /// <summary>Arguments that are not options (e.g. paths).</summary>
    public List<string> Positionals { get; } = [];

    /// <summary>The value of an option, or null when absent.</summary>
    public string? Value(string name) => values.TryGetValue(name, out var v) ? v : null;

    /// <summary>True when a flag was given.</summary>
    public bool Flag(string name) => flags.Contains(name);

    internal void Set(string name, string value) => values[name] = value;

    internal void SetFlag(string name) => flags.Add(name);
}
