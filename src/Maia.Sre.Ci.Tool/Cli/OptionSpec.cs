namespace Maia.Sre.Ci.Tool.Cli;

/// <summary>One command-line option.</summary>
/// <param name="Name">Long name without dashes, e.g. <c>root</c>.</param>
/// <param name="ValueName">Placeholder for its value (e.g. <c>DIR</c>), or null for a flag.</param>
/// <param name="Help">One line of help.</param>
/// <param name="Alias">Optional one-letter alias.</param>
public sealed record OptionSpec(string Name, string? ValueName, string Help, char? Alias = null)
{
    /// <summary>True when the option takes a value.</summary>
    public bool TakesValue => ValueName is not null;

    /// <summary>How help shows it.</summary>
    public string Usage => (Alias is { } s ? $"-{s}, " : "    ") + $"--{Name}" + (ValueName is null ? "" : " " + ValueName);
}
