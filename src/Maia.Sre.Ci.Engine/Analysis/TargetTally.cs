using System.Runtime.InteropServices;

namespace Maia.Sre.Ci.Analysis;

/// <summary>Counts, per target, the sources that reference it and whether it exists.</summary>
internal sealed class TargetTally
{
    private readonly Dictionary<string, (int Sources, bool Exists)> counts = new(StringComparer.Ordinal);

    /// <summary>Adds one source's edges (sorted by target, so each target's edges are adjacent).</summary>
    public void AddSource(List<DependencyEdge> edges)
    {
        string? previous = null;
        foreach (var edge in edges)
        {
            if (previous is not null && string.Equals(previous, edge.Target, StringComparison.Ordinal))
            {
                continue;
            }

            previous = edge.Target;
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, edge.Target, out _);
            slot = (slot.Sources + 1, slot.Exists || edge.Exists);
        }
    }

    public void Merge(TargetTally other)
    {
        foreach (var (target, (sources, exists)) in other.counts)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, target, out _);
            slot = (slot.Sources + sources, slot.Exists || exists);
        }
    }

    public IEnumerable<SinglePointOfFailure> AtLeast(int threshold) =>
        counts.Where(c => c.Value.Sources >= threshold).Select(c => new SinglePointOfFailure(c.Key, c.Value.Sources, c.Value.Exists));
}
