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
    private readonly Pattern[] includes;
    private readonly Pattern[] excludes;

    private GlobMatcher(Pattern[] includes, Pattern[] excludes)
    {
        this.includes = includes;
        this.excludes = excludes;
    }

    /// <summary>The matcher for the patterns, or null when one of them is outside what this class replays.</summary>
    public static GlobMatcher? TryCreate(IEnumerable<string> includes, IEnumerable<string> excludes)
    {
        var inc = new List<Pattern>();
        var exc = new List<Pattern>();
        foreach (var text in includes)
        {
            if (Pattern.Build(text) is not { } p)
            {
                return null;
            }

            inc.Add(p);
        }

        foreach (var text in excludes)
        {
            if (Pattern.Build(text) is not { } p)
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

        var segments = new PathNames(path, names[..count]);

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
    private static bool Run(Pattern pattern, PathNames path, bool include)
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

    /// <summary>The names along a path.</summary>
    private readonly ref struct PathNames(string path, Span<Range> names)
    {
        private readonly string path = path;
        private readonly Span<Range> names = names;

        public int Count => names.Length;

        public ReadOnlySpan<char> this[int index] => path.AsSpan()[names[index]];
    }

    /// <summary>One segment of a pattern: a literal name, a wildcard name or <c>**</c>.</summary>
    private sealed class Segment
    {
        private readonly string? literal;
        private readonly string begins = "";
        private readonly string[] contains = [];
        private readonly string ends = "";

        private Segment(string? literal, bool recursive)
        {
            this.literal = literal;
            IsRecursive = recursive;
        }

        private Segment(string begins, string[] contains, string ends)
        {
            this.begins = begins;
            this.contains = contains;
            this.ends = ends;
        }

        public static Segment Recursive { get; } = new(null, recursive: true);

        public bool IsRecursive { get; }

        public static Segment Literal(string value) => new(value, recursive: false);

        public static Segment Wildcard(string begins, string[] contains, string ends) => new(begins, contains, ends);

        /// <summary>The package's <c>LiteralPathSegment.Match</c> / <c>WildcardPathSegment.Match</c>, ordinal.</summary>
        public bool Match(ReadOnlySpan<char> value)
        {
            if (literal is not null)
            {
                return value.SequenceEqual(literal);
            }

            if (value.Length < begins.Length + ends.Length || !value.StartsWith(begins, StringComparison.Ordinal) || !value.EndsWith(ends, StringComparison.Ordinal))
            {
                return false;
            }

            var from = begins.Length;
            var to = value.Length - ends.Length;
            foreach (var part in contains)
            {
                var at = value[from..to].IndexOf(part, StringComparison.Ordinal);
                if (at < 0)
                {
                    return false;
                }

                from += at + part.Length;
            }

            return true;
        }
    }

    /// <summary>
    /// The per-folder state the package keeps for a pattern (a linear pattern uses only the first three fields).
    /// <paramref name="Group"/> is −1 for the starting group, <c>Contains.Length</c> for the ending group.
    /// </summary>
    private readonly record struct Frame(bool NotApplicable, int Index, int Group, int Backtrack);

    /// <summary>A built pattern: linear (no <c>**</c>) or ragged (starts-with, contains groups, ends-with).</summary>
    private sealed class Pattern
    {
        private readonly Segment[] all;
        private readonly bool ragged;
        private readonly Segment[] startsWith = [];
        private readonly Segment[][] contains = [];
        private readonly Segment[] endsWith = [];

        private Pattern(Segment[] all)
        {
            this.all = all;
        }

        private Pattern(Segment[] all, Segment[] startsWith, Segment[][] contains, Segment[] endsWith)
        {
            this.all = all;
            ragged = true;
            this.startsWith = startsWith;
            this.contains = contains;
            this.endsWith = endsWith;
        }

        /// <summary>The package's <c>PatternBuilder.Build</c>; null for a <c>..</c> segment.</summary>
        public static Pattern? Build(string pattern)
        {
            char[] slashes = ['/', '\\'];
            pattern = pattern.TrimStart(slashes);
            if (pattern.TrimEnd(slashes).Length < pattern.Length)
            {
                pattern = pattern.TrimEnd(slashes) + "/**";
            }

            var all = new List<Segment>();
            List<Segment>? startsWith = null;
            List<Segment[]>? containsGroups = null;
            List<Segment>? endsWith = null;
            var end = pattern.Length;
            for (var scan = 0; scan < end;)
            {
                var begin = scan;
                var stop = pattern.IndexOfAny(slashes, scan, end - scan);
                stop = stop < 0 ? end : stop;
                Segment? segment = null;
                var current = false;
                if (stop - begin == 3 && pattern[begin] == '*' && pattern[begin + 1] == '.' && pattern[begin + 2] == '*')
                {
                    begin += 2; // "*.*" is "*"
                }

                if (stop - begin == 2 && pattern[begin] == '*' && pattern[begin + 1] == '*')
                {
                    segment = Segment.Recursive;
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
                    segment = Segment.Recursive;
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
                ? new Pattern([.. all])
                : new Pattern([.. all], [.. startsWith], [.. containsGroups!], [.. endsWith!]);
        }

        private static Segment Named(string pattern, int begin, int stop)
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
                        return Segment.Literal(pattern[begin..stop]);
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

            return Segment.Wildcard(begins, [.. middle], ends);
        }

        /// <summary>
        /// A necessary condition for an include to accept the path, checked before the replay: the file name must fit
        /// the pattern's last segment, and a linear pattern needs as many names as it has segments.
        /// </summary>
        public bool MayInclude(PathNames path)
        {
            if (!ragged)
            {
                return all.Length == path.Count && all[^1].Match(path[path.Count - 1]);
            }

            return endsWith.Length == 0 || endsWith[^1].Match(path[path.Count - 1]);
        }

        public Frame Root()
        {
            if (!ragged)
            {
                return default;
            }

            // PatternContextRagged.PushDirectory on an empty stack, then its group-advancing loop.
            return Advance(new Frame(NotApplicable: false, Index: 0, Group: -1, Backtrack: 0));
        }

        /// <summary>Include test of folder <paramref name="i"/> (PatternContextLinearInclude/RaggedInclude.Test).</summary>
        public bool IncludeEnters(Frame frame, PathNames path, int i)
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
        public bool ExcludeRejectsFolder(Frame frame, PathNames path, int i)
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
        public bool MatchesFile(Frame frame, PathNames path, int i)
        {
            if (frame.NotApplicable)
            {
                return false;
            }

            return ragged ? frame.Group == contains.Length && MatchesGroup(frame, path, i) : IsLast(frame) && MatchesSegment(frame, path[i]);
        }

        /// <summary>Entering folder <paramref name="i"/> (PatternContextLinear/Ragged.PushDirectory).</summary>
        public Frame Push(Frame frame, PathNames path, int i)
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

        private Frame Advance(Frame frame)
        {
            while (frame.Index == Group(frame.Group).Length && frame.Group != contains.Length)
            {
                frame = frame with { Group = frame.Group + 1, Index = 0 };
            }

            return frame;
        }

        private Segment[] Group(int group) => group == -1 ? startsWith : group < contains.Length ? contains[group] : endsWith;

        private bool IsLast(Frame frame) => frame.Index == all.Length - 1;

        private bool MatchesSegment(Frame frame, ReadOnlySpan<char> name)
        {
            var segments = ragged ? Group(frame.Group) : all;
            return frame.Index < segments.Length && segments[frame.Index].Match(name);
        }

        /// <summary>The current group against name <paramref name="i"/> and the folders above it (TestMatchingGroup).</summary>
        private bool MatchesGroup(Frame frame, PathNames path, int i)
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
}
