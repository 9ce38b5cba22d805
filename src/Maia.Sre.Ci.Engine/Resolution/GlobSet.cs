using Microsoft.Extensions.FileSystemGlobbing;

namespace Maia.Sre.Ci.Resolution;

/// <summary>Include and exclude globs (Microsoft.Extensions.FileSystemGlobbing) applied to repository-relative paths.</summary>
public sealed class GlobSet
{
    private readonly Matcher matcher = new(StringComparison.Ordinal);
    private readonly bool everything;

    /// <summary>Creates the set.</summary>
    public GlobSet(IEnumerable<string> includes, IEnumerable<string>? excludes = null)
    {
        var list = includes.ToList();

        // "**/*" with no excludes (the default inventory) matches every path: skip the matcher's work.
        everything = list.Count == 1 && list[0] == "**/*" && (excludes is null || !excludes.Any());
        matcher.AddIncludePatterns(list);
        if (excludes is not null)
        {
            matcher.AddExcludePatterns(excludes);
        }
    }

    /// <summary>The paths that match, in the order given.</summary>
    public IReadOnlyList<string> Filter(IReadOnlyList<string> paths)
    {
        if (everything)
        {
            return paths;
        }

        var matched = new HashSet<string>(matcher.Match("/", paths.Select(p => "/" + p)).Files.Select(f => f.Path), StringComparer.Ordinal);
        return paths.Where(matched.Contains).ToList();
    }

    /// <summary>True when <paramref name="path"/> matches.</summary>
    public bool IsMatch(string path) => matcher.Match("/", ["/" + path]).HasMatches;
}
