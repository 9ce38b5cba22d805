using System.Runtime.InteropServices;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Counts, per target, the sources that reference it and whether it exists (for single points of failure). The scan
/// adds each source's edges while they are still in the cache, on the core that found them; the summary only merges.
/// </summary>
internal sealed class TargetTally
{
    private readonly Inventory inventory;

    /// <summary>Sources per inventory file, by the file's number: most targets, counted without hashing their paths.</summary>
    private readonly int[] files;

    /// <summary>Folders and missing targets.</summary>
    private readonly Dictionary<string, (int Sources, bool Exists)> others = new(StringComparer.Ordinal);

    /// <summary>
    /// An empty tally over <paramref name="inventory"/>. Tallies that share <paramref name="files"/> count inventory
    /// files into it (increments are atomic, so parallel scans can share one array instead of each allocating its own);
    /// without it the tally has an array of its own.
    /// </summary>
    public TargetTally(Inventory inventory, int[]? files = null)
    {
        this.inventory = inventory;
        this.files = files ?? new int[inventory.Count];
    }

    /// <summary>
    /// The targets that at least <paramref name="threshold"/> sources reference, from the edges in
    /// <paramref name="parts"/> (each source's edges adjacent, distinct and sorted by target, as the scan leaves them).
    /// </summary>
    public static IEnumerable<SinglePointOfFailure> AtLeast(IEnumerable<DependencyEdge[]> parts, Inventory inventory, int threshold)
    {
        var tally = new TargetTally(inventory);
        foreach (var part in parts)
        {
            tally.Add(part);
        }

        return tally.AtLeast(threshold);
    }

    /// <summary>
    /// Counts <paramref name="edges"/>: distinct, each source's edges adjacent and sorted by target, so that one source
    /// naming a target twice (once critical, once not) counts once.
    /// </summary>
    public void Add(ReadOnlySpan<DependencyEdge> edges)
    {
        DependencyEdge? previous = null;
        foreach (var edge in edges)
        {
            if (previous is { } p && SameTarget(p, edge) && string.Equals(p.Source, edge.Source, StringComparison.Ordinal))
            {
                continue;
            }

            previous = edge;
            if (edge.TargetId >= 0)
            {
                Interlocked.Increment(ref files[edge.TargetId]);
            }
            else
            {
                Count(edge.Target, 1, edge.Exists);
            }
        }
    }

    /// <summary>Adds <paramref name="other"/>'s folders and missing targets, and its files unless the two share one array.</summary>
    public void Add(TargetTally other)
    {
        if (!ReferenceEquals(other.files, files))
        {
            for (var id = 0; id < files.Length; id++)
            {
                files[id] += other.files[id];
            }
        }

        foreach (var (target, (sources, exists)) in other.others)
        {
            Count(target, sources, exists);
        }
    }

    /// <summary>The targets that at least <paramref name="threshold"/> sources reference: inventory files in number order, then the others.</summary>
    public IEnumerable<SinglePointOfFailure> AtLeast(int threshold)
    {
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

    private void Count(string target, int sources, bool exists)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(others, target, out _);
        slot = (slot.Sources + sources, slot.Exists || exists);
    }

    /// <summary>Two inventory files are the same when their numbers are (no need to read the paths); a file is never a folder or a missing path.</summary>
    private static bool SameTarget(DependencyEdge a, DependencyEdge b) =>
        a.TargetId >= 0 || b.TargetId >= 0 ? a.TargetId == b.TargetId : string.Equals(a.Target, b.Target, StringComparison.Ordinal);
}
