using System.Runtime.InteropServices;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Counts, per target, the sources that reference it and whether it exists (for single points of failure). The scan
/// counts each source's edges to inventory files while they are still in the cache, on the core that found them, into
/// one array shared by every core (<see cref="AddFiles"/>); the folders and missing targets, a dictionary's work, are
/// counted once after the scan from the sources' kept edges (<see cref="AddOthers"/>), into one dictionary made at its
/// final size, instead of one per core grown by doubling and merged (at 100k, megabytes of large arrays).
/// </summary>
internal sealed class TargetTally
{
    private readonly Inventory inventory;

    /// <summary>Sources per inventory file, by the file's number: most targets, counted without hashing their paths.</summary>
    private readonly int[] files;

    /// <summary>Folders and missing targets.</summary>
    private readonly Dictionary<string, (int Sources, bool Exists)> others = new(StringComparer.Ordinal);

    /// <summary>An empty tally over <paramref name="inventory"/>.</summary>
    public TargetTally(Inventory inventory)
    {
        this.inventory = inventory;
        files = new int[inventory.Count];
    }

    /// <summary>
    /// Counts the inventory files among one source's <paramref name="edges"/> (distinct and sorted, so a file named twice
    /// is adjacent and counts once); safe to call from several threads at once.
    /// </summary>
    public void AddFiles(ReadOnlySpan<DependencyEdge> edges)
    {
        var previous = -1;
        foreach (var edge in edges)
        {
            if (edge.TargetId >= 0 && edge.TargetId != previous)
            {
                Interlocked.Increment(ref files[edge.TargetId]);
                previous = edge.TargetId;
            }
        }
    }

    /// <summary>Counts the folders and missing targets among each source's kept edges (see <see cref="AddFiles"/>); one thread.</summary>
    public void AddOthers(IReadOnlyList<SourceEdges> sources)
    {
        var count = 0;
        foreach (var source in sources)
        {
            count += source.Others.Length;
        }

        others.EnsureCapacity(others.Count + count);
        foreach (var source in sources)
        {
            string? previous = null;
            foreach (var edge in source.Others)
            {
                // A source's edges are sorted by target: one naming a target twice (critical and not) counts once.
                if (edge.TargetId < 0 && !string.Equals(previous, edge.Target, StringComparison.Ordinal))
                {
                    Count(edge.Target, 1, edge.Exists);
                    previous = edge.Target;
                }
            }
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
}
