using Microsoft.Extensions.FileSystemGlobbing;

namespace Maia.Sre.Ci.Resolution;

/// <summary>Include and exclude globs (Microsoft.Extensions.FileSystemGlobbing) applied to repository-relative paths.</summary>
public sealed class GlobSet
{
    private readonly Matcher matcher = new(StringComparison.Ordinal);

    /// <summary>Creates the set.</summary>
    public GlobSet(IEnumerable<string> includes, IEnumerable<string>? excludes = null)
    {
        matcher.AddIncludePatterns(includes);
        if (excludes is not null)
        {
            matcher.AddExcludePatterns(excludes);
        }
    }

    /// <summary>The paths that match, in the order given.</summary>
    public IReadOnlyList<string> Filter(IReadOnlyList<string> paths)
    {
        var matched = new HashSet<string>(matcher.Match("/", paths.Select(p => "/" + p)).Files.Select(f => f.Path), StringComparer.Ordinal);
        return paths.Where(matched.Contains).ToList();
    }

    /// <summary>True when <paramref name="path"/> matches.</summary>
    public bool IsMatch(string path) => matcher.Match("/", ["/" + path]).HasMatches;
}
