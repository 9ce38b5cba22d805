namespace Maia.Sre.Ci.TestSupport;

/// <summary>
/// The built tool, copied where another user can run it. Tests that run the tool as <c>nobody</c> (so permission bits
/// apply: CI runs as root) cannot run it from a checkout in a private folder, such as a home with mode 0700 or a
/// <c>mktemp -d</c> folder, so they run this copy under the system temp folder, opened up for every user.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class ReachableTool
{
    private static readonly Lazy<string> Copy = new(Make);

    /// <summary>The copied <c>maia-sre.dll</c>, made on first use (<see cref="Delete"/> removes it).</summary>
    public static string Dll => Copy.Value;

    /// <summary>Removes the copy, if one was made; for a test assembly's one-time tear-down.</summary>
    public static void Delete()
    {
        if (!Copy.IsValueCreated)
        {
            return;
        }

        try
        {
            Directory.Delete(Path.GetDirectoryName(Copy.Value)!, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: it lives under the temp folder.
        }
    }

    /// <summary>Why another user cannot reach <paramref name="path"/> (a folder on the way without search permission for others), or null.</summary>
    public static string? WhyUnreachable(string path)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(path))!); dir is not null; dir = dir.Parent)
        {
            if ((dir.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                return $"'{dir.FullName}' (mode {Convert.ToString((int)dir.UnixFileMode, 8)}) does not let other users through, so they cannot reach '{path}'";
            }
        }

        return null;
    }

    private static string Make()
    {
        var folder = Path.Combine(Path.GetTempPath(), "maia-sre-tests", "tool-" + Guid.NewGuid().ToString("N")[..12]);
        TempRepo.CopyTree(AppContext.BaseDirectory, folder);
        var folderMode = (UnixFileMode)0b111_101_101;
        foreach (var dir in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Append(folder))
        {
            File.SetUnixFileMode(dir, folderMode);
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
        }

        // The folders above it, up to the system temp folder, may have been made under a strict umask.
        var temp = Path.GetTempPath().TrimEnd('/');
        for (var dir = Directory.GetParent(folder); dir is not null && dir.FullName.Length > temp.Length && dir.FullName.StartsWith(temp, StringComparison.Ordinal); dir = dir.Parent)
        {
            dir.UnixFileMode |= UnixFileMode.OtherExecute | UnixFileMode.OtherRead;
        }

        return Path.Combine(folder, "maia-sre.dll");
    }
}
