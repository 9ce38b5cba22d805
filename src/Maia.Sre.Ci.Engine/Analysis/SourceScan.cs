using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Analysis;

/// <summary>Per-source accumulation (one per parallel task, so no locking).</summary>
internal sealed class SourceScan
{
    public List<Finding> Findings { get; } = [];

    public List<DependencyEdge> Edges { get; } = [];

    /// <summary>Existing targets already recorded as edges of this source.</summary>
    public HashSet<string> Targets { get; } = new(StringComparer.Ordinal);

    public int Dependencies { get; set; }
}
