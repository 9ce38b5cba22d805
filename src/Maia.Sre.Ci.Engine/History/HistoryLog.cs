namespace Maia.Sre.Ci.History;

/// <summary>
/// The renames and deletions of a stretch of history, newest commit first, indexed by the path that went away:
/// parsed from <c>git log -M --name-status -z --format=%x1e%h%x1f%as%x1f%s</c>.
/// </summary>
public sealed class HistoryLog
{
    /// <summary>The format string the parser expects (record separator, then fields split by unit separators).</summary>
    public const string Format = "--format=%x1e%h%x1f%as%x1f%s";

    private readonly List<CommitInfo> commits = [];

    // Path → its removals, newest first: (commit number, new path for a rename or null for a deletion).
    private readonly Dictionary<string, List<Removal>> removals = new(StringComparer.Ordinal);

    // File name → the distinct paths of that name that went away, for references written as a bare name.
    private readonly Dictionary<string, List<string>> removedByName = new(StringComparer.Ordinal);

    private HistoryLog()
    {
    }

    /// <summary>The commits read, newest first; a removal's commit number indexes this list.</summary>
    public IReadOnlyList<CommitInfo> Commits => commits;

    /// <summary>
    /// Parses <paramref name="output"/>; with <paramref name="complete"/> false (git was stopped or failed) the last
    /// commit may be cut short and is dropped.
    /// </summary>
    public static HistoryLog Parse(string output, bool complete)
    {
        var log = new HistoryLog();
        var tokens = output.Split('\0');
        var pending = new List<(string Path, string? RenamedTo)>(); // the current commit's, indexed when it is whole
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].TrimStart('\n');
            if (token.StartsWith('\u001e'))
            {
                log.Flush(pending);
                var fields = token[1..].Split('\u001f', 3);
                log.commits.Add(new CommitInfo(fields[0], fields.Length > 1 ? fields[1] : "", fields.Length > 2 ? fields[2] : ""));
                continue;
            }

            if (log.commits.Count == 0 || token.Length == 0)
            {
                continue;
            }

            // Renames and copies name two paths; every other status one.
            var twoPaths = token[0] is 'R' or 'C';
            if (i + (twoPaths ? 2 : 1) >= tokens.Length)
            {
                break; // cut short
            }

            var path = tokens[++i];
            var newPath = twoPaths ? tokens[++i] : null;
            if (token[0] is 'D' or 'R')
            {
                pending.Add((path, newPath));
            }
        }

        if (complete)
        {
            log.Flush(pending);
        }
        else if (log.commits.Count > 0)
        {
            // git was stopped or failed: the last commit's list may be cut short, and a deletion seen without the
            // rename that came with it would mislead.
            log.commits.RemoveAt(log.commits.Count - 1);
        }

        return log;
    }

    /// <summary>The removals of <paramref name="path"/>, newest first.</summary>
    internal IReadOnlyList<Removal> RemovalsOf(string path) => removals.TryGetValue(path, out var list) ? list : [];

    /// <summary>The one path named <paramref name="name"/> that went away, or null when none or several did.</summary>
    internal string? OnlyRemovedWithName(string name) =>
        removedByName.TryGetValue(name, out var paths) && paths.Count == 1 ? paths[0] : null;

    private void Flush(List<(string Path, string? RenamedTo)> pending)
    {
        foreach (var (path, renamedTo) in pending)
        {
            Add(path, new Removal(commits.Count - 1, renamedTo));
        }

        pending.Clear();
    }

    private void Add(string path, Removal removal)
    {
        if (!removals.TryGetValue(path, out var list))
        {
            removals[path] = list = [];
            var name = Resolution.RepoPath.Name(path);
            if (!removedByName.TryGetValue(name, out var paths))
            {
                removedByName[name] = paths = [];
            }

            paths.Add(path);
        }

        list.Add(removal);
    }

    /// <summary>A path went away in commit <paramref name="Commit"/>: renamed to <paramref name="RenamedTo"/>, or deleted (null).</summary>
    internal readonly record struct Removal(int Commit, string? RenamedTo);
}
