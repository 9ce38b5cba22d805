namespace Maia.Sre.Ci.Resolution;

/// <summary>
/// Include and exclude globs with exactly the semantics of Microsoft.Extensions.FileSystemGlobbing's
/// <c>Matcher</c> (ordinal), decided one path at a time. The package walks a tree of folders and keeps a frame per
/// pattern and folder; a path's answer depends only on its own folders, so this replays the same frame updates
/// (<c>PatternContextLinear</c>, <c>PatternContextRagged</c> and their include/exclude tests) along one path, with no
/// tree and no allocation. Tests compare it with the package on generated patterns and paths.
/// A pattern with a <c>..</c> segment is not compiled (<see cref="TryCreate"/> returns null); configuration
/// validation refuses those anyway.
/// </summary>
internal sealed class GlobMatcher
{
    private readonly GlobPattern[] includes;
    private readonly GlobPattern[] excludes;

    private GlobMatcher(GlobPattern[] includes, GlobPattern[] excludes)
    {
        this.includes = includes;
        this.excludes = excludes;
    }

    /// <summary>The matcher for the patterns, or null when one of them is outside what this class replays.</summary>
    public static GlobMatcher? TryCreate(IEnumerable<string> includes, IEnumerable<string> excludes)
    {
        var inc = new List<GlobPattern>();
        var exc = new List<GlobPattern>();
        foreach (var text in includes)
        {
            if (GlobPattern.Build(text) is not { } p)
            {
                return null;
            }

            inc.Add(p);
        }

        foreach (var text in excludes)
        {
            if (GlobPattern.Build(text) is not { } p)
            {
                return null;
            }

            exc.Add(p);
        }

        return new GlobMatcher([.. inc], [.. exc]);
    }

    /// <summary>True when the repository-relative file <paramref name="path"/> (<c>/</c>-separated) matches.</summary>
    public bool IsMatch(string path)
    {
        // Folder names and the file name as (start, length) pairs of the path.
        Span<Range> names = stackalloc Range[64];
        var count = 0;
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i == path.Length || path[i] == '/')
            {
                if (i > start)
                {
                    if (count == names.Length)
                    {
                        var bigger = new Range[names.Length * 2];
                        names.CopyTo(bigger);
                        names = bigger;
                    }

                    names[count++] = start..i;
                }

                start = i + 1;
            }
        }

        if (count == 0)
        {
            return false;
        }

        var segments = new GlobPathNames(path, names[..count]);

        // An include must accept the file; cheap necessary conditions rule most patterns out first.
        var any = false;
        foreach (var pattern in includes)
        {
            if (pattern.MayInclude(segments) && Run(pattern, segments, include: true))
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return false;
        }

        // An exclude rejects the file itself or any folder above it.
        foreach (var pattern in excludes)
        {
            if (Run(pattern, segments, include: false))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Replays one pattern along the path. For an include: true when the pattern lets every folder be entered and
    /// accepts the file. For an exclude: true when it rejects a folder on the way or the file.
    /// Folder entry also needs some include to accept each folder; <see cref="IsMatch"/> checks that through the
    /// includes' own replays, because a pattern that accepts the file accepted its folders on the way down.
    /// </summary>
    private static bool Run(GlobPattern pattern, GlobPathNames path, bool include)
    {
        var frame = pattern.Root();
        var last = path.Count - 1;
        for (var i = 0; i < last; i++)
        {
            if (include)
            {
                if (!pattern.IncludeEnters(frame, path, i))
                {
                    return false;
                }
            }
            else if (pattern.ExcludeRejectsFolder(frame, path, i))
            {
                return true;
            }

            frame = pattern.Push(frame, path, i);
        }

        return pattern.MatchesFile(frame, path, last);
    }
}

/// <summary>The names along a path.</summary>
internal readonly ref struct GlobPathNames(string path, Span<Range> names)
{
    private readonly string path = path;
    private readonly Span<Range> names = names;

    public int Count => names.Length;

    public ReadOnlySpan<char> this[int index] => path.AsSpan()[names[index]];
}
