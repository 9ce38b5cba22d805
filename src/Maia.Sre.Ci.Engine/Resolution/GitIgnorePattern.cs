namespace Maia.Sre.Ci.Resolution;

/// <summary>
/// One line of a <c>.gitignore</c> file, matched as git matches it (gitignore(5)): <c>!</c> negates, a trailing
/// <c>/</c> matches folders only, a <c>/</c> at the start or in the middle anchors the pattern to the file's folder,
/// otherwise it matches a name at any depth; <c>*</c> and <c>?</c> stay within a name, <c>**</c> crosses folders,
/// <c>[…]</c> is a character class.
/// </summary>
public sealed class GitIgnorePattern
{
    private readonly string glob;
    private readonly bool anchored;

    private GitIgnorePattern(string glob, bool negated, bool foldersOnly, bool anchored)
    {
        this.glob = glob;
        Negated = negated;
        FoldersOnly = foldersOnly;
        this.anchored = anchored;
    }

    /// <summary>True for a <c>!pattern</c> that re-includes what an earlier one excluded.</summary>
    public bool Negated { get; }

    /// <summary>True when the pattern ends with <c>/</c>: it matches folders only.</summary>
    public bool FoldersOnly { get; }

    /// <summary>Parses one line, or returns null for a blank line or a comment.</summary>
    public static GitIgnorePattern? Parse(string line)
    {
        var text = TrimTrailingSpaces(line);
        if (text.Length == 0 || text[0] == '#')
        {
            return null;
        }

        var negated = false;
        if (text[0] == '!')
        {
            negated = true;
            text = text[1..];
        }
        else if (text.StartsWith("\\!", StringComparison.Ordinal) || text.StartsWith("\\#", StringComparison.Ordinal))
        {
            text = text[1..];
        }

        var foldersOnly = text.EndsWith('/');
        text = text.TrimEnd('/');
        if (text.Length == 0)
        {
            return null;
        }

        var anchored = text.Contains('/', StringComparison.Ordinal);
        text = text.TrimStart('/');
        if (text.StartsWith("**/", StringComparison.Ordinal))
        {
            anchored = false; // "**/x" is "x" at any depth
            text = text[3..];
        }

        return new GitIgnorePattern(text, negated, foldersOnly, anchored);
    }

    /// <summary>
    /// True when the pattern matches <paramref name="path"/>, relative to the folder of the <c>.gitignore</c> that holds
    /// the pattern; <paramref name="isFolder"/> says whether the path is a folder.
    /// </summary>
    public bool Matches(ReadOnlySpan<char> path, bool isFolder)
    {
        if (FoldersOnly && !isFolder)
        {
            return false;
        }

        if (anchored)
        {
            return Wildmatch.IsMatch(glob, path);
        }

        var slash = path.LastIndexOf('/');
        return Wildmatch.IsMatch(glob, path[(slash + 1)..]);
    }

    private static string TrimTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] is ' ' or '\t' or '\r' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }

        return line[..end].Replace("\\ ", " ", StringComparison.Ordinal);
    }
}

/// <summary>git's wildmatch: <c>*</c>, <c>?</c>, <c>[…]</c> within a name, <c>**</c> across folders, <c>\</c> escapes.</summary>
internal static class Wildmatch
{
    /// <summary>True when <paramref name="pattern"/> matches the whole of <paramref name="text"/>.</summary>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        var p = 0;
        var t = 0;
        while (p < pattern.Length)
        {
            var c = pattern[p];
            if (c == '*')
            {
                var doubleStar = p + 1 < pattern.Length && pattern[p + 1] == '*';
                if (doubleStar)
                {
                    var rest = pattern[(p + 2)..];
                    var atSegmentStart = p == 0 || pattern[p - 1] == '/';
                    if (atSegmentStart && rest.StartsWith("/", StringComparison.Ordinal))
                    {
                        // "**/" matches zero or more whole folders.
                        var after = rest[1..];
                        for (var i = t; i <= text.Length; i++)
                        {
                            if ((i == t || text[i - 1] == '/') && IsMatch(after, text[i..]))
                            {
                                return true;
                            }
                        }

                        return false;
                    }

                    for (var i = t; i <= text.Length; i++)
                    {
                        if (IsMatch(rest, text[i..]))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                var restSingle = pattern[(p + 1)..];
                for (var i = t; i <= text.Length; i++)
                {
                    if (IsMatch(restSingle, text[i..]))
                    {
                        return true;
                    }

                    if (i < text.Length && text[i] == '/')
                    {
                        return false;
                    }
                }

                return false;
            }

            if (t >= text.Length)
            {
                return false;
            }

            if (c == '?')
            {
                if (text[t] == '/')
                {
                    return false;
                }
            }
            else if (c == '[')
            {
                var end = ClassEnd(pattern, p);
                if (end < 0)
                {
                    if (text[t] != '[')
                    {
                        return false;
                    }
                }
                else
                {
                    if (text[t] == '/' || !InClass(pattern[(p + 1)..end], text[t]))
                    {
                        return false;
                    }

                    p = end;
                }
            }
            else
            {
                if (c == '\\' && p + 1 < pattern.Length)
                {
                    c = pattern[++p];
                }

                if (c != text[t])
                {
                    return false;
                }
            }

            p++;
            t++;
        }

        return t == text.Length;
    }

    private static int ClassEnd(ReadOnlySpan<char> pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] is '!' or '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        while (i < pattern.Length && pattern[i] != ']')
        {
            i++;
        }

        return i < pattern.Length ? i : -1;
    }

    private static bool InClass(ReadOnlySpan<char> set, char c)
    {
        var negate = set.Length > 0 && set[0] is '!' or '^';
        if (negate)
        {
            set = set[1..];
        }

        var found = false;
        for (var i = 0; i < set.Length; i++)
        {
            if (i + 2 < set.Length && set[i + 1] == '-')
            {
                found |= c >= set[i] && c <= set[i + 2];
                i += 2;
            }
            else
            {
                found |= set[i] == c;
            }
        }

        return found != negate;
    }
}
