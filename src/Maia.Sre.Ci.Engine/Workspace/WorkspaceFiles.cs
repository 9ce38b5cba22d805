using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Workspace;

/// <summary>The files of a repository, relative to its root with <c>/</c> separators, sorted ordinally.</summary>
public sealed class WorkspaceFiles
{
    /// <summary>Creates the list.</summary>
    public WorkspaceFiles(string root, IReadOnlyList<string> files, bool fromGit, IReadOnlyList<Finding> problems)
    {
        Root = root;
        Files = files;
        FromGit = fromGit;
        Problems = problems;
    }

    /// <summary>Absolute root.</summary>
    public string Root { get; }

    /// <summary>Relative file paths.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>True when the list came from git (tracked plus untracked, not ignored).</summary>
    public bool FromGit { get; }

    /// <summary>Things seen while listing (links out of the root, unreadable folders).</summary>
    public IReadOnlyList<Finding> Problems { get; }

    /// <summary>The absolute path of a relative one.</summary>
    public string FullPath(string relative) => Path.Combine(Root, relative);
}
