namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Relative Markdown links that climb above the repository's files on purpose. GitHub shows a file at
/// <c>/owner/repo/blob/&lt;ref&gt;/path</c>: one level above the root is <c>/blob/</c>, so <c>../../v1.2.0/README.md</c>
/// from <c>docs/</c> opens a tag's README; two levels above is the repository's own pages, so
/// <c>../../graphs/contributors</c> from the root README opens its contributors graph.
/// </summary>
public static class GitHubWebLink
{
    private static readonly string[] RepositoryPages =
    [
        "graphs", "releases", "issues", "pulls", "wiki", "actions", "tags", "blob", "tree", "commits", "commit",
        "discussions", "security", "pulse", "network", "compare", "milestones", "labels", "projects", "branches",
        "contributors", "stargazers", "watchers", "forks", "raw", "edit", "new", "community",
    ];

    private static readonly string[] BranchNames = ["HEAD", "main", "master"];

    /// <summary>
    /// True when <paramref name="link"/> holds a GitHub route to a branch's files (<c>../tree/HEAD/README.md</c>,
    /// <c>blob/main/x</c>): written for a page GitHub shows elsewhere (a comment, a pull request), not a path of the tree.
    /// </summary>
    public static bool IsBranchRoute(string link)
    {
        var segments = link.Split('/');
        for (var i = 0; i + 1 < segments.Length; i++)
        {
            if (segments[i] is "tree" or "blob" && Array.IndexOf(BranchNames, segments[i + 1]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="link"/>, written in <paramref name="source"/>, reaches one of those places.</summary>
    public static bool IsPlausible(string source, string link)
    {
        if (link.StartsWith('/'))
        {
            return false;
        }

        var depth = source.Count(c => c == '/'); // folders between the root and the source
        var segments = link.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var level = depth;
        var i = 0;
        for (; i < segments.Length; i++)
        {
            if (segments[i] == "..")
            {
                level--;
            }
            else if (segments[i] != ".")
            {
                break;
            }
        }

        var rest = segments.AsSpan(i);
        return level switch
        {
            -1 => rest.Length >= 2, // /blob/<ref>/<path>: a branch's or tag's file
            -2 => rest.Length >= 1 && Array.IndexOf(RepositoryPages, rest[0]) >= 0,
            _ => false,
        };
    }
}
