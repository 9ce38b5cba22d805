using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// One source's edges, distinct and in report order (<see cref="EdgeOrder"/>), in the form the run keeps them until
/// the end: edges to inventory files as the files' numbers, in an array the garbage collector never has to look into,
/// and only the rest (folders, missing targets) as edges. At 100,000 sources the edges are 700,000 and nearly all of
/// them lead to inventory files; kept as edges, they were 20 MB that every collection had to trace and move.
/// </summary>
internal readonly struct SourceEdges
{
    private readonly int[]? files;
    private readonly DependencyEdge[]? others;

    private SourceEdges(int[] files, DependencyEdge[] others)
    {
        this.files = files;
        this.others = others;
    }

    /// <summary>The edges kept as edges, in order: those not to inventory files (folders, missing targets), or every edge of a list kept by <see cref="Of"/>.</summary>
    public ReadOnlySpan<DependencyEdge> Others => others;

    /// <summary>The number of edges.</summary>
    public int Count => (files?.Length ?? 0) + (others?.Length ?? 0);

    /// <summary>Keeps <paramref name="edges"/>, all from one source, distinct and in report order.</summary>
    public static SourceEdges From(ReadOnlySpan<DependencyEdge> edges)
    {
        if (edges.IsEmpty)
        {
            return default;
        }

        var fileCount = 0;
        foreach (var edge in edges)
        {
            fileCount += edge.TargetId >= 0 ? 1 : 0;
        }

        var files = fileCount == 0 ? [] : new int[fileCount];
        var others = fileCount == edges.Length ? [] : new DependencyEdge[edges.Length - fileCount];
        int f = 0, o = 0;
        foreach (var edge in edges)
        {
            if (edge.TargetId >= 0)
            {
                files[f++] = edge.TargetId;
            }
            else
            {
                others[o++] = edge;
            }
        }

        return new SourceEdges(files, others);
    }

    /// <summary>Keeps <paramref name="edges"/> as they are (any sources), already distinct and in report order.</summary>
    public static SourceEdges Of(DependencyEdge[] edges) => new([], edges);

    /// <summary>
    /// Writes the edges, in report order, into <paramref name="into"/> (of <see cref="Count"/> length): the two kinds
    /// are each in order, so one merge restores the order they were sorted in.
    /// </summary>
    /// <param name="source">The source the edges come from.</param>
    /// <param name="inventory">The inventory whose numbers the file targets are.</param>
    /// <param name="into">Where the edges go.</param>
    public void CopyTo(string source, Inventory inventory, Span<DependencyEdge> into)
    {
        var files = this.files ?? [];
        var others = this.others ?? [];
        int f = 0, o = 0;
        for (var i = 0; i < into.Length; i++)
        {
            if (f < files.Length)
            {
                var file = new DependencyEdge(source, inventory.PathOf(files[f]), Exists: true, Critical: false) { TargetId = files[f] };
                if (o == others.Length || EdgeOrder.ByPath(file, others[o]) < 0)
                {
                    into[i] = file;
                    f++;
                    continue;
                }
            }

            into[i] = others[o++];
        }
    }
}
