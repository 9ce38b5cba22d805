namespace Maia.Sre.Ci.Resolution;

/// <summary>Pure string operations on repository-relative, <c>/</c>-separated paths.</summary>
public static class RepoPath
{
    /// <summary>The folder of a file path (empty at the root).</summary>
    public static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>The file name of a path.</summary>
    public static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>
    /// Joins <paramref name="folder"/> and <paramref name="relative"/>, resolving <c>.</c> and <c>..</c>.
    /// Returns null when the result would climb above the root.
    /// </summary>
    public static string? Combine(string folder, string relative)
    {
        if (IsPlain(relative))
        {
            return folder.Length == 0 ? relative : string.Concat(folder, "/", relative);
        }

        var parts = new List<string>();
        if (folder.Length > 0)
        {
            parts.AddRange(folder.Split('/'));
        }

        foreach (var segment in relative.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return string.Join('/', parts);
    }

    /// <summary>True when a path has no empty, "." or ".." segments, so joining needs no normalisation.</summary>
    private static bool IsPlain(string path)
    {
        if (path.Length == 0 || path[0] == '/' || path[^1] == '/' || path.Contains("//", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '.' && (i == 0 || path[i - 1] == '/') && (i + 1 == path.Length || path[i + 1] == '/' || path[i + 1] == '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes <paramref name="target"/> relative to <paramref name="fromFolder"/> (both repository-relative).</summary>
    public static string Relative(string fromFolder, string target)
    {
        var from = fromFolder.Length == 0 ? [] : fromFolder.Split('/');
        var to = target.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        var ups = Enumerable.Repeat("..", from.Length - common);
        return string.Join('/', ups.Concat(to.Skip(common)));
    }
}
