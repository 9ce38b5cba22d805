namespace Maia.Sre.Ci.Workspace;

/// <summary>
/// What a change (a pull request) did to the repository's files, relative to the root with <c>/</c> separators:
/// files added or modified (including the new side of a rename), files deleted, and renames (old path → new path).
/// </summary>
public sealed class ChangeSet
{
    private readonly HashSet<string> changed;
    private readonly HashSet<string> gone;
    private readonly HashSet<string> goneNames;

    /// <summary>Creates the set.</summary>
    public ChangeSet(string baseRef, string baseCommit, IEnumerable<string> changed, IEnumerable<string> deleted, IReadOnlyDictionary<string, string> renames)
    {
        BaseRef = baseRef;
        BaseCommit = baseCommit;
        this.changed = new HashSet<string>(changed, StringComparer.Ordinal);
        this.changed.UnionWith(renames.Values);
        Deleted = deleted.ToList();
        Renames = renames;
        gone = new HashSet<string>(Deleted.Concat(renames.Keys), StringComparer.Ordinal);
        goneNames = new HashSet<string>(gone.Select(Resolution.RepoPath.Name), StringComparer.Ordinal);
    }

    /// <summary>The reference the change is compared with, as given (<c>origin/main</c>).</summary>
    public string BaseRef { get; }

    /// <summary>The commit compared with: the merge base of <see cref="BaseRef"/> and <c>HEAD</c>.</summary>
    public string BaseCommit { get; }

    /// <summary>Files deleted (not renamed).</summary>
    public IReadOnlyList<string> Deleted { get; }

    /// <summary>Renamed files, old path → new path.</summary>
    public IReadOnlyDictionary<string, string> Renames { get; }

    /// <summary>Added or modified files, and the new paths of renamed ones.</summary>
    public IReadOnlyCollection<string> Changed => changed;

    /// <summary>True when the change added or modified <paramref name="path"/>.</summary>
    public bool IsChanged(string path) => changed.Contains(path);

    /// <summary>True when the change deleted or renamed away <paramref name="path"/>; a bare name matches any such file of that name.</summary>
    public bool IsGone(string path) => gone.Contains(path) || (!path.Contains('/', StringComparison.Ordinal) && goneNames.Contains(path));
}
