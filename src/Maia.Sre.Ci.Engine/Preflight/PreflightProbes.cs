namespace Maia.Sre.Ci.Preflight;

/// <summary>What preflight asks the machine, beyond the process runner: write access and free disk space.</summary>
public sealed record PreflightProbes
{
    /// <summary>The real probes.</summary>
    public static readonly PreflightProbes Real = new();

    /// <summary>Write-access probe.</summary>
    public IAccessProbe Access { get; init; } = AccessProbe.Instance;

    /// <summary>Free-space probe.</summary>
    public IDiskSpaceProbe DiskSpace { get; init; } = DiskSpaceProbe.Instance;
}
