using System.Collections;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// The scans' edge lists read as one list, in scan order, without copying them into one array: at 100,000 files that
/// copy is 20 MB more on the large-object heap, which brings a full garbage collection of its own.
/// </summary>
internal sealed class JoinedEdges : IReadOnlyList<DependencyEdge>
{
    private readonly int[] starts;

    /// <summary>Joins <paramref name="lists"/>, in order.</summary>
    public JoinedEdges(IEnumerable<DependencyEdge[]> lists)
    {
        Parts = lists.Where(l => l.Length > 0).ToArray();
        starts = new int[Parts.Length];
        for (var i = 0; i < Parts.Length; i++)
        {
            starts[i] = Count;
            Count += Parts[i].Length;
        }
    }

    /// <summary>The non-empty lists, in order.</summary>
    public DependencyEdge[][] Parts { get; }

    /// <inheritdoc/>
    public int Count { get; }

    /// <inheritdoc/>
    public DependencyEdge this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var part = Array.BinarySearch(starts, index);
            part = part >= 0 ? part : ~part - 1;
            return Parts[part][index - starts[part]];
        }
    }

    /// <inheritdoc/>
    public IEnumerator<DependencyEdge> GetEnumerator()
    {
        foreach (var part in Parts)
        {
            foreach (var edge in part)
            {
                yield return edge;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
