using System.Text;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Workspace;

/// <summary>
/// Lists a repository's files: from git (tracked plus untracked-not-ignored) in a git work tree, else from a walk that
/// skips <c>.git</c>, <c>bin</c>, <c>obj</c> and <c>node_modules</c>. Symbolic links to folders are never followed.
/// </summary>
public static class FileLister
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "bin", "obj", "node_modules" };
    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Lists the files under <paramref name="root"/>.</summary>
    public static WorkspaceFiles List(string root, IProcessRunner runner)
    {
        var problems = new List<Finding>();
        var fromGit = TryGit(root, runner);
        if (fromGit is not null)
        {
            var existing = fromGit.Where(f => File.Exists(Path.Combine(root, f)) || IsLink(Path.Combine(root, f))).ToList();
            existing.Sort(StringComparer.Ordinal);
            return new WorkspaceFiles(root, existing, fromGit: true, problems);
        }

        var files = new List<string>();
        var folders = new List<(string Full, string Relative)>();
        Walk(root, root, "", files, problems, depth: 0, folders);

        // The top-level folders are walked in parallel (a walk is mostly system calls), each into its own lists,
        // joined in a fixed order so problems come out the same way every run.
        var walks = new (List<string> Files, List<Finding> Problems)[folders.Count];
        Parallel.For(0, folders.Count, i =>
        {
            walks[i] = ([], []);
            Walk(root, folders[i].Full, folders[i].Relative, walks[i].Files, walks[i].Problems, depth: 1, topLevel: null);
        });
        foreach (var (folderFiles, folderProblems) in walks)
        {
            files.AddRange(folderFiles);
            problems.AddRange(folderProblems);
        }

        files.Sort(StringComparer.Ordinal);
        return new WorkspaceFiles(root, files, fromGit: false, problems);
    }

    private static List<string>? TryGit(string root, IProcessRunner runner)
    {
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

    /// <summary>Walks <paramref name="folder"/>; with <paramref name="topLevel"/> given, collects its sub-folders there instead of descending.</summary>
    private static void Walk(string root, string folder, string relative, List<string> files, List<Finding> problems, int depth, List<(string Full, string Relative)>? topLevel = null)
    {
        if (depth > 256)
        {
            problems.Add(Problem(relative, "folder nesting deeper than 256 levels; not descended further"));
            return;
        }

        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions
            {
                AttributesToSkip = 0,
                IgnoreInaccessible = false,
                RecurseSubdirectories = false,
            }).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem(relative, "folder cannot be read: " + ex.Message));
            return;
        }

        foreach (var entry in entries)
        {
            var name = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;

            // The enumeration already knows the attributes; only links cost a readlink.
            if ((entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is not null)
            {
                var target = ResolveLink(entry);
                if (target is null || !IsInside(root, target))
                {
                    problems.Add(LinkProblem(name, entry.LinkTarget, target is null));
                    continue;
                }

                if (entry is FileInfo)
                {
                    files.Add(name);
                }

                // Links to folders inside the root are not descended: their files are listed under the real path.
                continue;
            }

            if (entry is DirectoryInfo)
            {
                if (SkippedFolders.Contains(entry.Name))
                {
                    continue;
                }

                if (topLevel is not null)
                {
                    topLevel.Add((entry.FullName, name));
                }
                else
                {
                    Walk(root, entry.FullName, name, files, problems, depth + 1);
                }
            }
            else
            {
                files.Add(name);
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
}
