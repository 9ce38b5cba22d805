using System.Runtime.InteropServices;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Analysis;

/// <summary>Counts, per target, the sources that reference it and whether it exists (for single points of failure).</summary>
internal static class TargetTally
{
    /// <summary>
    /// The targets that at least <paramref name="threshold"/> sources reference, from the edges in <paramref name="parts"/>
    /// read one after the other (<see cref="JoinedEdges.Parts"/>): distinct, and each source's edges adjacent and sorted
    /// by target (as the analyzer's summary has them). Inventory files are counted in an array by their number, without
    /// hashing their paths (most targets, and a hundred thousand of them in a large repository); folders and missing
    /// targets in a table.
    /// </summary>
    public static IEnumerable<SinglePointOfFailure> AtLeast(IReadOnlyList<List<DependencyEdge>> parts, Inventory inventory, int threshold)
    {
        var files = new int[inventory.Count];
        var others = new Dictionary<string, (int Sources, bool Exists)>(StringComparer.Ordinal);
        DependencyEdge? previous = null;
        foreach (var part in parts)
        {
            foreach (var edge in part)
            {
                // One source naming a target twice (once critical, once not) counts once.
                if (previous is { } p && ReferenceEquals(p.Source, edge.Source) && SameTarget(p, edge))
                {
                    continue;
                }

                previous = edge;
                if (edge.TargetId >= 0)
                {
                    files[edge.TargetId]++;
                }
                else
                {
                    ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(others, edge.Target, out _);
                    slot = (slot.Sources + 1, slot.Exists || edge.Exists);
                }
            }
        }

        for (var id = 0; id < files.Length; id++)
        {
            if (files[id] >= threshold)
            {
                yield return new SinglePointOfFailure(inventory.PathOf(id), files[id], Exists: true);
            }
        }

        foreach (var (target, (sources, exists)) in others)
        {
            if (sources >= threshold)
            {
                yield return new SinglePointOfFailure(target, sources, exists);
            }
        }
    }

    /// <summary>Two inventory files are the same when their numbers are (no need to read the paths); a file is never a folder or a missing path.</summary>
    private static bool SameTarget(DependencyEdge a, DependencyEdge b) =>
        a.TargetId >= 0 || b.TargetId >= 0 ? a.TargetId == b.TargetId : string.Equals(a.Target, b.Target, StringComparison.Ordinal);
}
