namespace Maia.Sre.Ci.Resolution;

/// <summary>
/// The per-folder state the package keeps for a pattern (a linear pattern uses only the first three fields).
/// <paramref name="Group"/> is −1 for the starting group, <c>Contains.Length</c> for the ending group.
/// </summary>
internal readonly record struct GlobFrame(bool NotApplicable, int Index, int Group, int Backtrack);

/// <summary>A built pattern: linear (no <c>**</c>) or ragged (starts-with, contains groups, ends-with).</summary>
internal sealed class GlobPattern
{
    private readonly GlobSegment[] all;
    private readonly bool ragged;
    private readonly GlobSegment[] startsWith = [];
    private readonly GlobSegment[][] contains = [];
    private readonly GlobSegment[] endsWith = [];

    private GlobPattern(GlobSegment[] all)
    {
        this.all = all;
    }

    private GlobPattern(GlobSegment[] all, GlobSegment[] startsWith, GlobSegment[][] contains, GlobSegment[] endsWith)
    {
        this.all = all;
        ragged = true;
        this.startsWith = startsWith;
        this.contains = contains;
        this.endsWith = endsWith;
    }

    /// <summary>The package's <c>PatternBuilder.Build</c>; null for a <c>..</c> segment.</summary>
    public static GlobPattern? Build(string pattern)
    {
        char[] slashes = ['/', '\\'];
        pattern = pattern.TrimStart(slashes);
        if (pattern.TrimEnd(slashes).Length < pattern.Length)
        {
            pattern = pattern.TrimEnd(slashes) + "/**";
        }

        var all = new List<GlobSegment>();
        List<GlobSegment>? startsWith = null;
        List<GlobSegment[]>? containsGroups = null;
        List<GlobSegment>? endsWith = null;
        var end = pattern.Length;
        for (var scan = 0; scan < end;)
        {
            var begin = scan;
            var stop = pattern.IndexOfAny(slashes, scan, end - scan);
            stop = stop < 0 ? end : stop;
            GlobSegment? segment = null;
            var current = false;
            if (stop - begin == 3 && pattern[begin] == '*' && pattern[begin + 1] == '.' && pattern[begin + 2] == '*')
            {
                begin += 2; // "*.*" is "*"
            }

            if (stop - begin == 2 && pattern[begin] == '*' && pattern[begin + 1] == '*')
            {
                segment = GlobSegment.Recursive;
            }
            else if (stop - begin == 2 && pattern[begin] == '.' && pattern[begin + 1] == '.')
            {
                return null;
            }
            else if (stop - begin == 1 && pattern[begin] == '.')
            {
                current = true;
            }
            else if (stop - begin > 2 && pattern[begin] == '*' && pattern[begin + 1] == '*' && pattern[begin + 2] == '.')
            {
                // "**.x": a recursive segment, then the rest ("*.x") as the next segment.
                segment = GlobSegment.Recursive;
                stop = begin;
            }

            if (segment is null && !current)
            {
                segment = Named(pattern, begin, stop);
            }

            if (!current)
            {
                if (segment!.IsRecursive)
                {
                    if (startsWith is null)
                    {
                        startsWith = [.. all];
                        endsWith = [];
                        containsGroups = [];
                    }
                    else if (endsWith!.Count != 0)
                    {
                        containsGroups!.Add([.. endsWith]);
                        endsWith = [];
                    }
                }
                else
                {
                    endsWith?.Add(segment);
                }

                all.Add(segment);
            }

            scan = stop + 1;
        }

        return startsWith is null
            ? new GlobPattern([.. all])
            : new GlobPattern([.. all], [.. startsWith], [.. containsGroups!], [.. endsWith!]);
    }

    private static GlobSegment Named(string pattern, int begin, int stop)
    {
        var begins = "";
        var middle = new List<string>();
        var ends = "";
        for (var scan = begin; scan < stop;)
        {
            var star = pattern.IndexOf('*', scan, stop - scan);
            var literalEnd = star < 0 ? stop : star;
            if (scan == begin)
            {
                if (literalEnd == stop)
                {
                    return GlobSegment.Literal(pattern[begin..stop]);
                }

                begins = pattern[scan..literalEnd];
            }
            else if (literalEnd == stop)
            {
                ends = pattern[scan..literalEnd];
            }
            else if (literalEnd != scan)
            {
                middle.Add(pattern[scan..literalEnd]);
            }

            scan = literalEnd + 1;
        }

        return GlobSegment.Wildcard(begins, [.. middle], ends);
    }

    /// <summary>
    /// A necessary condition for an include to accept the path, checked before the replay: the file name must fit
    /// the pattern's last segment, and a linear pattern needs as many names as it has segments.
    /// </summary>
    public bool MayInclude(GlobPathNames path)
    {
        if (!ragged)
        {
            return all.Length == path.Count && all[^1].Match(path[path.Count - 1]);
        }

        return endsWith.Length == 0 || endsWith[^1].Match(path[path.Count - 1]);
    }

    public GlobFrame Root()
    {
        if (!ragged)
        {
            return default;
        }

        // PatternContextRagged.PushDirectory on an empty stack, then its group-advancing loop.
        return Advance(new GlobFrame(NotApplicable: false, Index: 0, Group: -1, Backtrack: 0));
    }

    /// <summary>Include test of folder <paramref name="i"/> (PatternContextLinearInclude/RaggedInclude.Test).</summary>
    public bool IncludeEnters(GlobFrame frame, GlobPathNames path, int i)
    {
        if (frame.NotApplicable)
        {
            return false;
        }

        if (!ragged)
        {
            return !IsLast(frame) && MatchesSegment(frame, path[i]);
        }

        return !(frame.Group == -1 && !MatchesSegment(frame, path[i]));
    }

    /// <summary>Exclude test of folder <paramref name="i"/> (PatternContextLinearExclude/RaggedExclude.Test).</summary>
    public bool ExcludeRejectsFolder(GlobFrame frame, GlobPathNames path, int i)
    {
        if (frame.NotApplicable)
        {
            return false;
        }

        if (!ragged)
        {
            return IsLast(frame) && MatchesSegment(frame, path[i]);
        }

        if (frame.Group == contains.Length && MatchesGroup(frame, path, i))
        {
            return true; // a folder excluded with a file-like pattern
        }

        return endsWith.Length == 0 && frame.Group == contains.Length - 1 && MatchesGroup(frame, path, i); // up to a final "/**"
    }

    /// <summary>The file test (PatternContextLinear/Ragged.Test(FileInfoBase)).</summary>
    public bool MatchesFile(GlobFrame frame, GlobPathNames path, int i)
    {
        if (frame.NotApplicable)
        {
            return false;
        }

        return ragged ? frame.Group == contains.Length && MatchesGroup(frame, path, i) : IsLast(frame) && MatchesSegment(frame, path[i]);
    }

    /// <summary>Entering folder <paramref name="i"/> (PatternContextLinear/Ragged.PushDirectory).</summary>
    public GlobFrame Push(GlobFrame frame, GlobPathNames path, int i)
    {
        if (frame.NotApplicable)
        {
            return frame;
        }

        if (!ragged)
        {
            return MatchesSegment(frame, path[i]) ? frame with { Index = frame.Index + 1 } : frame with { NotApplicable = true };
        }

        if (frame.Group == -1)
        {
            frame = MatchesSegment(frame, path[i]) ? frame with { Index = frame.Index + 1 } : frame with { NotApplicable = true };
        }
        else if (path[i] is "..")
        {
            frame = frame with { NotApplicable = true };
        }
        else if (frame.Group != contains.Length && MatchesGroup(frame, path, i))
        {
            frame = frame with { Index = Group(frame.Group).Length, Backtrack = 0 };
        }
        else
        {
            frame = frame with { Backtrack = frame.Backtrack + 1 };
        }

        return frame.NotApplicable ? frame : Advance(frame);
    }

    private GlobFrame Advance(GlobFrame frame)
    {
        while (frame.Index == Group(frame.Group).Length && frame.Group != contains.Length)
        {
            frame = frame with { Group = frame.Group + 1, Index = 0 };
        }

        return frame;
    }

    private GlobSegment[] Group(int group) => group == -1 ? startsWith : group < contains.Length ? contains[group] : endsWith;

    private bool IsLast(GlobFrame frame) => frame.Index == all.Length - 1;

    private bool MatchesSegment(GlobFrame frame, ReadOnlySpan<char> name)
    {
        var segments = ragged ? Group(frame.Group) : all;
        return frame.Index < segments.Length && segments[frame.Index].Match(name);
    }

    /// <summary>The current group against name <paramref name="i"/> and the folders above it (TestMatchingGroup).</summary>
    private bool MatchesGroup(GlobFrame frame, GlobPathNames path, int i)
    {
        var group = Group(frame.Group);
        if (frame.Backtrack + 1 < group.Length)
        {
            return false;
        }

        for (var k = 0; k < group.Length; k++)
        {
            if (!group[group.Length - k - 1].Match(path[i - k]))
            {
                return false;
            }
        }

        return true;
    }
}
