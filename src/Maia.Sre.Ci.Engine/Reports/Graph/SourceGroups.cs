namespace Maia.Sre.Ci.Reports.Graph;

/// <summary>Groups source files into folders when there are too many to draw one by one.</summary>
internal static class SourceGroups
{
    /// <summary>The finest grouping that fits <paramref name="max"/> nodes: each file, its folder, its top folder; and what it was (null for none).</summary>
    public static (Func<string, string> GroupOf, string? Grouping) Choose(IReadOnlyList<string> sources, int max)
    {
        if (sources.Count <= max)
        {
            return (s => s, null);
        }

        if (sources.Select(Folder).Distinct(StringComparer.Ordinal).Count() <= max)
        {
            return (Folder, "folder");
        }

        return (TopFolder, "top-level folder");
    }

    private static string Folder(string source)
    {
        var slash = source.LastIndexOf('/');
        return slash < 0 ? "./" : source[..(slash + 1)];
    }

    private static string TopFolder(string source)
    {
        var slash = source.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "./" : source[..(slash + 1)];
    }
}
