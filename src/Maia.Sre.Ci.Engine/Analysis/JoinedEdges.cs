using System.Collections;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// The sources' edge lists read as one list, in source order, without copying them into one array (at 100,000 files
/// that copy is 20 MB more on the large-object heap, which brings a full garbage collection of its own). Each source's
/// edges are rebuilt from their compact form (<see cref="SourceEdges"/>) when they are read.
/// </summary>
internal sealed class JoinedEdges : IReadOnlyList<DependencyEdge>
{
    private readonly IReadOnlyList<string> sources;
    private readonly SourceEdges[] parts;
    private readonly Inventory inventory;

    /// <summary>
    /// Where each source's edges start in the joined list (an empty list starts where the next one does), made by the
    /// first read by index: reports read the edges in order, and only graphs read them at all.
    /// </summary>
    private int[]? starts;

    /// <summary>Joins <paramref name="parts"/>, the edges of <paramref name="sources"/> (the same length), in order.</summary>
    /// <param name="sources">The sources, in order.</param>
    /// <param name="parts">Each source's edges; the array is kept, not copied.</param>
    /// <param name="inventory">The inventory whose numbers the file targets are.</param>
    public JoinedEdges(IReadOnlyList<string> sources, SourceEdges[] parts, Inventory inventory)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(parts.Length, sources.Count);
        this.sources = sources;
        this.parts = parts;
        this.inventory = inventory;
        foreach (var part in parts)
        {
            Count += part.Count;
        }
    }

    /// <inheritdoc/>
    public int Count { get; }

    /// <inheritdoc/>
    public DependencyEdge this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);

            // The last list starting at or before index holds it: empty lists share the start of the list after them.
            var starts = this.starts ??= Starts(parts);
            int low = 0, high = starts.Length - 1;
            while (low < high)
            {
                var mid = low + ((high - low + 1) / 2);
                (low, high) = starts[mid] <= index ? (mid, high) : (low, mid - 1);
            }

            return Read(low)[index - starts[low]];
        }
    }

    /// <inheritdoc/>
    public IEnumerator<DependencyEdge> GetEnumerator()
    {
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Count == 0)
            {
                continue;
            }

            foreach (var edge in Read(i))
            {
                yield return edge;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int[] Starts(SourceEdges[] parts)
    {
        var starts = new int[parts.Length];
        for (int i = 0, at = 0; i < parts.Length; at += parts[i++].Count)
        {
            starts[i] = at;
        }

        return starts;
    }

    private DependencyEdge[] Read(int part)
    {
        var edges = new DependencyEdge[parts[part].Count];
        parts[part].CopyTo(sources[part], inventory, edges);
        return edges;
    }
}
