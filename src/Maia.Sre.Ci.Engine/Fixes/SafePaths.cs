namespace Maia.Sre.Ci.Fixes;

/// <summary>
/// Where a fix may write: a regular file inside the root, reached without a symbolic link at any step (so never a file
/// outside the root through one), and never inside <c>.git</c>. A link itself is left alone: the file it points to,
/// when it is inside the root and a source, gets its own fixes.
/// </summary>
internal static class SafePaths
{
    /// <summary>The absolute path of <paramref name="relative"/> under <paramref name="root"/>, or null with the reason it may not be written.</summary>
    public static string? Resolve(string root, string relative, out string? problem)
    {
        problem = null;
        var parts = relative.Split('/');
        if (relative.Length == 0 || Path.IsPathRooted(relative) || parts.Any(p => p is "" or "." or ".."))
        {
            problem = "is not a plain path inside the root";
            return null;
        }

        if (parts.Any(p => string.Equals(p, ".git", StringComparison.OrdinalIgnoreCase)))
        {
            problem = "is inside .git, which fixes never touch";
            return null;
        }

        var full = Path.GetFullPath(root);
        for (var i = 0; i < parts.Length; i++)
        {
            full = Path.Combine(full, parts[i]);
            FileSystemInfo info = i < parts.Length - 1 ? new DirectoryInfo(full) : new FileInfo(full);
            if (info.LinkTarget is not null)
            {
                problem = i < parts.Length - 1 ? $"is reached through the symbolic link '{string.Join('/', parts[..(i + 1)])}'" : "is a symbolic link";
                return null;
            }

            if (!info.Exists)
            {
                problem = "no longer exists";
                return null;
            }
        }

        // Pipes, sockets and devices report no length (opening one to read could block); a file with a reference has one.
        if ((File.GetAttributes(full) & (FileAttributes.Directory | FileAttributes.Device)) != 0 || new FileInfo(full).Length == 0)
        {
            problem = "is not a regular file";
            return null;
        }

        return full;
    }
}
