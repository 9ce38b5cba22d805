namespace Maia.Sre.Ci.Configuration;

/// <summary>The whole of <c>.maia-sre.json</c>, defaults filled in.</summary>
public sealed record MaiaConfig
{
    /// <summary>The default file name at the repository root.</summary>
    public const string FileName = ".maia-sre.json";

    /// <summary>Where the configuration came from, or null for built-in defaults.</summary>
    public string? Path { get; init; }

    /// <summary>Phantom-dependency settings.</summary>
    public PhantomsConfig Phantoms { get; init; } = new();

    /// <summary>Preflight (reliability gate) settings.</summary>
    public PreflightConfig Preflight { get; init; } = new();

    /// <summary>Service-definition and service-health settings.</summary>
    public ServicesConfig Services { get; init; } = new();
}
