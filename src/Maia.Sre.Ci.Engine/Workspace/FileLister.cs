using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Resolution;
using Maia.Sre.Ci.Threading;

namespace Maia.Sre.Ci.Workspace;

/// <summary>
/// Lists a repository's files: from git (tracked plus untracked-not-ignored) in a git work tree, else from a walk that
/// skips <c>.git</c>, <c>bin</c>, <c>obj</c> and <c>node_modules</c>. Symbolic links to folders are never followed.
/// </summary>
public static class FileLister
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Lists the files under <paramref name="root"/>.</summary>
    public static WorkspaceFiles List(string root, IProcessRunner runner)
    {
        var problems = new List<Finding>();
        var fromGit = TryGit(root, runner);
        if (fromGit is not null)
        {
            // One stat per listed file (git also lists deleted, still-tracked files): on every core when there are many,
            // kept in git's order, sorted after.
            var exists = new bool[fromGit.Count];
            Parallelism.For(fromGit.Count, i =>
            {
                var full = Path.Combine(root, fromGit[i]);
                exists[i] = File.Exists(full) || IsLink(full);
            });

            var existing = new List<string>(fromGit.Count);
            for (var i = 0; i < fromGit.Count; i++)
            {
                if (exists[i])
                {
                    existing.Add(fromGit[i]);
                }
            }

            existing.Sort(StringComparer.Ordinal);
            return new WorkspaceFiles(root, existing, fromGit: true, problems);
        }

        var (walked, walkProblems) = FolderWalk.List(root);

        // The walk lists in path order already (see FolderWalk); symbolic links to files are the exception, added before
        // their folder's other entries, so only a tree with links needs the sort.
        if (!RepoPath.InOrdinalOrder(walked))
        {
            walked.Sort(StringComparer.Ordinal);
        }

        return new WorkspaceFiles(root, walked, fromGit: false, walkProblems);
    }

    private static List<string>? TryGit(string root, IProcessRunner runner)
    {
        if (!MayBeInGitWorkTree(root))
        {
            return null;
        }

        var inside = runner.Run("git", ["rev-parse", "--is-inside-work-tree"], root, GitTimeout);
        if (!inside.Succeeded || inside.StandardOutput.Trim() != "true")
        {
            return null;
        }

        var list = runner.Run(
            "git",
            ["-c", "core.quotepath=off", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate"],
            root,
            GitTimeout);
        if (!list.Succeeded)
        {
            return null;
        }

        var result = new List<string>();
        foreach (var name in list.StandardOutput.Split('\0'))
        {
            if (name.Length > 0)
            {
                result.Add(name);
            }
        }

        return result;
    }

    /// <summary>
    /// False when git certainly sees no work tree here: no <c>.git</c> folder or file in <paramref name="root"/> or
    /// above it, and no <c>GIT_DIR</c> or <c>GIT_WORK_TREE</c> pointing elsewhere. That answer costs a few stats instead of
    /// starting git; any other case is left to git itself.
    /// </summary>
    internal static bool MayBeInGitWorkTree(string root)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GIT_DIR")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GIT_WORK_TREE")))
        {
            return true;
        }

        for (var folder = Path.GetFullPath(root); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var marker = Path.Join(folder, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The finding for a link that is not followed: out of the root, or unresolvable (a loop).</summary>
    public static Finding LinkProblem(string name, string linkTarget, bool unresolvable) => new()
    {
        RuleId = RuleIds.LinkOutsideRoot,
        RuleName = "link-outside-root",
        Severity = Severity.Warning,
        File = name,
        Message = unresolvable
            ? $"symbolic link '{name}' cannot be resolved (a loop or a broken chain); not followed"
            : $"symbolic link '{name}' points outside the repository ({linkTarget}); not followed",
        Reference = linkTarget,
    };

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or below it.</summary>
    public static bool IsInside(string root, string path)
    {
        var full = Path.GetFullPath(path);
        return full == root || full.StartsWith(root.EndsWith('/') ? root : root + "/", StringComparison.Ordinal);
    }
}
