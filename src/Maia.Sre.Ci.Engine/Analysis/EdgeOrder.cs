namespace Maia.Sre.Ci.Analysis;

/// <summary>The order of edges in reports: source, target, existence, criticality.</summary>
internal static class EdgeOrder
{
    /// <summary>Compares by path (ordinal).</summary>
    public static readonly Comparison<DependencyEdge> ByPath = static (a, b) => Compare(a, b, byNumber: false);

    /// <summary>
    /// <see cref="ByPath"/> for an inventory numbered in path order: two file targets compare by number, without
    /// reading their paths (most of a source's edges).
    /// </summary>
    public static readonly Comparison<DependencyEdge> ByNumber = static (a, b) => Compare(a, b, byNumber: true);

    private static int Compare(DependencyEdge a, DependencyEdge b, bool byNumber)
    {
        var c = string.CompareOrdinal(a.Source, b.Source);
        c = c != 0 ? c : byNumber && a.TargetId >= 0 && b.TargetId >= 0 ? a.TargetId.CompareTo(b.TargetId) : string.CompareOrdinal(a.Target, b.Target);
        c = c != 0 ? c : a.Exists.CompareTo(b.Exists);
        return c != 0 ? c : a.Critical.CompareTo(b.Critical);
    }
}
