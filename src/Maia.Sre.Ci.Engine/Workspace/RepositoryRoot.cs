namespace Maia.Sre.Ci.Workspace;

/// <summary>Finds the repository root: <c>--root</c> as given, else the git top level of the current folder, else the current folder.</summary>
public static class RepositoryRoot
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Returns the absolute root without a trailing separator. Throws <see cref="DirectoryNotFoundException"/> when
    /// <paramref name="rootOption"/> names no folder.
    /// </summary>
    public static string Resolve(string? rootOption, string currentDirectory, IProcessRunner runner)
    {
        if (rootOption is not null)
        {
            var full = Path.GetFullPath(rootOption, currentDirectory);
            if (!Directory.Exists(full))
            {
                var why = File.Exists(full) ? "is a file, not a folder; --root names the repository's folder" : "no such folder";
                throw new DirectoryNotFoundException($"--root '{rootOption}': {why}");
            }

            return Trim(full);
        }

        var git = runner.Run("git", ["rev-parse", "--show-toplevel"], currentDirectory, GitTimeout);
        if (git.Succeeded)
        {
            var top = git.StandardOutput.Trim();
            if (top.Length > 0 && Directory.Exists(top))
            {
                return Trim(Path.GetFullPath(top));
            }
        }

        return Trim(Path.GetFullPath(currentDirectory));
    }

    private static string Trim(string path) =>
        path.Length > 1 ? path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : path;
}
