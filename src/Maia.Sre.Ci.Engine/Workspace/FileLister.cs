using System.IO.Enumeration;
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
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "bin", "obj", "node_modules" };
    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(2);
    private static readonly EnumerationOptions WithoutLinks = new() { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };
    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>Folder levels below the root whose sub-folders are walked in parallel.</summary>
    private const int ParallelDepth = 3;

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

        var (walked, walkProblems) = WalkTree(root);

        // The walk lists in path order already (see Walk); symbolic links to files are the exception, added before
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

    /// <summary>The files under <paramref name="root"/> as the walk finds them (in path order unless there are links), and the problems.</summary>
    internal static (List<string> Files, List<Finding> Problems) WalkTree(string root)
    {
        var listing = new Listing();
        Walk(root, root, "", listing, depth: 0);
        return (listing.Files, listing.Problems);
    }

    /// <summary>
    /// Walks <paramref name="folder"/> into <paramref name="into"/>. The first levels fan out over the cores (a walk is
    /// mostly system calls); below them each folder is walked where it is found.
    /// </summary>
    private static void Walk(string root, string folder, string relative, Listing into, int depth)
    {
        if (depth > 256)
        {
            into.Problems.Add(Problem(relative, "folder nesting deeper than 256 levels; not descended further"));
            return;
        }

        List<(string Name, bool IsDirectory)> entries;
        int total;
        try
        {
            // Names and kinds come from the directory listing itself (no stat per entry); links are skipped here
            // and, when there are any, looked at one by one below. On Linux one pass tells links apart; .NET's
            // enumeration needs a second, counting pass.
            entries = [];
            if (PosixDirectory.TryList(folder, entries, out var links))
            {
                total = entries.Count + links;
            }
            else
            {
                entries = new FileSystemEnumerable<(string, bool)>(folder, static (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory), WithoutLinks).ToList();
                total = new FileSystemEnumerable<bool>(folder, static (ref FileSystemEntry _) => true, Everything).Count();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            into.Problems.Add(Problem(relative, "folder cannot be read: " + ex.Message));
            return;
        }

        if (total != entries.Count)
        {
            AddLinks(root, folder, relative, entries, into);
        }

        // In path order: a folder's entries sorted by name, a sub-folder's name read with the '/' its paths go on with
        // ("a.txt" < "a/" < "a0"), so that listing each sub-folder where it falls lists the tree in ordinal path
        // order without sorting the whole list after.
        var sorted = new (string Key, string Name, bool IsDirectory)[entries.Count];
        var kept = 0;
        foreach (var (entryName, isDirectory) in entries)
        {
            if (!isDirectory || !SkippedFolders.Contains(entryName))
            {
                sorted[kept++] = (isDirectory ? entryName + "/" : entryName, entryName, isDirectory);
            }
        }

        Array.Sort(sorted, 0, kept, EntryOrder.Instance);
        var subfolders = 0;
        for (var i = 0; i < kept; i++)
        {
            subfolders += sorted[i].IsDirectory ? 1 : 0;
        }

        // The first levels walk their sub-folders on every core, each into its own part, joined in order.
        Listing[]? parts = null;
        if (depth < ParallelDepth && subfolders > 1)
        {
            var jobs = new List<(int Part, string Full, string Relative)>(subfolders);
            for (var i = 0; i < kept; i++)
            {
                if (sorted[i].IsDirectory)
                {
                    jobs.Add((jobs.Count, Path.Join(folder, sorted[i].Name), Join(relative, sorted[i].Name)));
                }
            }

            var walked = new Listing[subfolders];
            Parallel.ForEach(jobs, job =>
            {
                var part = new Listing();
                Walk(root, job.Full, job.Relative, part, depth + 1);
                walked[job.Part] = part;
            });
            parts = walked;
        }

        var next = 0;
        for (var i = 0; i < kept; i++)
        {
            var (_, name, isDirectory) = sorted[i];
            if (!isDirectory)
            {
                into.Files.Add(Join(relative, name));
            }
            else if (parts is not null)
            {
                into.Files.AddRange(parts[next].Files);
                into.Problems.AddRange(parts[next++].Problems);
            }
            else
            {
                Walk(root, Path.Join(folder, name), Join(relative, name), into, depth + 1);
            }
        }
    }

    private static string Join(string relative, string name) => relative.Length == 0 ? name : relative + "/" + name;

    /// <summary>The symbolic links of <paramref name="folder"/>: files inside the root are listed, the rest reported; none is descended.</summary>
    private static void AddLinks(string root, string folder, string relative, List<(string Name, bool IsDirectory)> regular, Listing into)
    {
        var known = regular.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        IEnumerable<FileSystemInfo> all;
        try
        {
            all = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", Everything).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            into.Problems.Add(Problem(relative, "folder cannot be read: " + ex.Message));
            return;
        }

        foreach (var entry in all)
        {
            if (known.Contains(entry.Name) || entry.LinkTarget is not { } linkTarget)
            {
                continue;
            }

            var name = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            var target = ResolveLink(entry);
            if (target is null || !IsInside(root, target))
            {
                into.Problems.Add(LinkProblem(name, linkTarget, target is null));
            }
            else if (entry is FileInfo)
            {
                // Links to folders inside the root are not descended: their files are listed under the real path.
                into.Files.Add(name);
            }
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

    private static string? ResolveLink(FileSystemInfo entry)
    {
        try
        {
            return entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null; // a loop or a dangling chain
        }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or below it.</summary>
    public static bool IsInside(string root, string path)
    {
        var full = Path.GetFullPath(path);
        return full == root || full.StartsWith(root.EndsWith('/') ? root : root + "/", StringComparison.Ordinal);
    }

    private static Finding Problem(string relative, string message) => new()
    {
        RuleId = RuleIds.UnreadableSource,
        RuleName = "unreadable-source",
        Severity = Severity.Warning,
        File = relative,
        Message = message,
    };

    /// <summary>A folder's entries by their keys (a sub-folder's name with its '/'), ordinal.</summary>
    private sealed class EntryOrder : IComparer<(string Key, string Name, bool IsDirectory)>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare((string Key, string Name, bool IsDirectory) x, (string Key, string Name, bool IsDirectory) y) =>
            string.CompareOrdinal(x.Key, y.Key);
    }

    /// <summary>Files and problems found by one part of a walk.</summary>
    private sealed class Listing
    {
        public List<string> Files { get; } = [];

        public List<Finding> Problems { get; } = [];
    }
}
