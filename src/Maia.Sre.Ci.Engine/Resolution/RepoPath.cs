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

    /// <summary>True when <paramref name="paths"/> are in ordinal order (as <see cref="Workspace.FileLister"/> lists them).</summary>
    internal static bool InOrdinalOrder(IReadOnlyList<string> paths)
    {
        for (var i = 1; i < paths.Count; i++)
        {
            if (string.CompareOrdinal(paths[i - 1], paths[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

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

        var capacity = CombinedCapacity(folder, relative);
        var buffer = capacity <= 512 ? stackalloc char[capacity] : new char[capacity];
        return TryNormalize(folder, relative, buffer, out var length) ? new string(buffer[..length]) : null;
    }

    /// <summary>The buffer length <see cref="TryCombine"/> needs for these two paths.</summary>
    public static int CombinedCapacity(string folder, string relative) => folder.Length + 1 + relative.Length;

    /// <summary>
    /// <see cref="Combine"/> into <paramref name="buffer"/> (at least <see cref="CombinedCapacity"/> long), so a path
    /// that is only looked up never becomes a string; false when the result would climb above the root.
    /// </summary>
    public static bool TryCombine(string folder, string relative, Span<char> buffer, out int length)
    {
        if (!IsPlain(relative))
        {
            return TryNormalize(folder, relative, buffer, out length);
        }

        length = 0;
        if (folder.Length > 0)
        {
            folder.AsSpan().CopyTo(buffer);
            buffer[folder.Length] = '/';
            length = folder.Length + 1;
        }

        relative.AsSpan().CopyTo(buffer[length..]);
        length += relative.Length;
        return true;
    }

    /// <summary>
    /// The join for a <paramref name="relative"/> path that is not plain: its segments are appended to (and ".." pops
    /// them from) the buffer, with no split arrays. False when the result would climb above the root.
    /// </summary>
    private static bool TryNormalize(string folder, string relative, Span<char> buffer, out int length)
    {
        folder.AsSpan().CopyTo(buffer);
        length = folder.Length;
        var rest = relative.AsSpan();
        while (rest.Length > 0)
        {
            var slash = rest.IndexOf('/');
            var segment = slash < 0 ? rest : rest[..slash];
            rest = slash < 0 ? [] : rest[(slash + 1)..];
            if (segment.Length == 0 || segment is ".")
            {
                continue;
            }

            if (segment is "..")
            {
                if (length == 0)
                {
                    return false;
                }

                length = Math.Max(0, buffer[..length].LastIndexOf('/'));
                continue;
            }

            if (length > 0)
            {
                buffer[length++] = '/';
            }

            segment.CopyTo(buffer[length..]);
            length += segment.Length;
        }

        return true;
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
