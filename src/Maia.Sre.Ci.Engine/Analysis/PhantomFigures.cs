namespace Maia.Sre.Ci.Analysis;

/// <summary>The dependency-graph figures the original validator reported.</summary>
public sealed record PhantomFigures
{
    /// <summary>Source files scanned.</summary>
    public int SourcesScanned { get; init; }

    /// <summary>References that resolved to an existing file or to nothing.</summary>
    public int TotalDependencies { get; init; }

    /// <summary>Files that count as existing.</summary>
    public int InventorySize { get; init; }

    /// <summary>Unsuppressed phantom references.</summary>
    public int Phantoms { get; init; }

    /// <summary>Unsuppressed critical phantom references.</summary>
    public int CriticalPhantoms { get; init; }

    /// <summary><c>clamp(100 − 50·phantoms/total − 10·critical, 0, 100)</c>, one decimal.</summary>
    public double HealthScore { get; init; }

    /// <summary>Tools referenced from at least the threshold number of distinct sources.</summary>
    public IReadOnlyList<SinglePointOfFailure> SinglePointsOfFailure { get; init; } = [];

    /// <summary>Every source → target edge (distinct), for graphs.</summary>
    public IReadOnlyList<DependencyEdge> Edges { get; init; } = [];

    /// <summary>Computes the health score.</summary>
    public static double Score(int phantoms, int total, int critical)
    {
        var ratio = total == 0 ? 0 : (double)phantoms / total;
        return Math.Round(Math.Clamp(100 - (50 * ratio) - (10 * critical), 0, 100), 1, MidpointRounding.AwayFromZero);
    }
}

/// <summary>A tool many sources depend on.</summary>
/// <param name="Tool">Repository-relative path.</param>
/// <param name="References">Distinct sources referencing it.</param>
/// <param name="Exists">Whether it exists.</param>
public sealed record SinglePointOfFailure(string Tool, int References, bool Exists);

/// <summary>One source depending on one target.</summary>
/// <param name="Source">Repository-relative source file.</param>
/// <param name="Target">Repository-relative target (as intended, when missing).</param>
/// <param name="Exists">Whether the target exists.</param>
/// <param name="Critical">Whether a missing target is a critical phantom.</param>
public readonly record struct DependencyEdge(string Source, string Target, bool Exists, bool Critical)
{
    /// <summary>For a target that is an inventory file, its number there; else -1 (see <see cref="Resolution.Resolution.TargetId"/>).</summary>
    internal int TargetId { get; init; } = -1;
}
