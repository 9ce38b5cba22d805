using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Analysis;

/// <summary>Per-source accumulation (one per parallel task, so no locking).</summary>
internal sealed class SourceScan
{
    public List<Finding> Findings { get; } = [];

    /// <summary>Edges as found (a target named twice gives two); the analyzer sorts them and drops repeats at the end.</summary>
    public List<DependencyEdge> Edges { get; } = [];

    public int Dependencies { get; set; }
}
