namespace Maia.Sre.Ci.Preflight;

/// <summary>Finds a command on a <c>PATH</c> value the way a shell would, without running anything.</summary>
internal static class PathLookup
{
    /// <summary>
    /// The full path of the first executable file named <paramref name="command"/> in the folders of
    /// <paramref name="pathVariable"/>, or null. Relative and empty entries are skipped: they would depend on the
    /// current folder and could pick up repository content.
    /// </summary>
    public static string? Find(string command, string? pathVariable, string? pathExtVariable = null)
    {
        var names = OperatingSystem.IsWindows()
            ? (pathExtVariable ?? ".COM;.EXE;.BAT;.CMD").Split(';', StringSplitOptions.RemoveEmptyEntries).Select(e => command + e).Prepend(command).ToList()
            : [command];
        foreach (var folder in (pathVariable ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Path.IsPathRooted(folder))
            {
                continue;
            }

            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (Executables.HasExecuteBit(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
