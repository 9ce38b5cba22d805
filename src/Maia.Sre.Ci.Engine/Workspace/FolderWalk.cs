using System.IO.Enumeration;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Workspace;

/// <summary>
/// The walk <see cref="FileLister"/> falls back to outside a git work tree: every file under the root, skipping
/// <c>.git</c>, <c>bin</c>, <c>obj</c> and <c>node_modules</c>, in ordinal path order (except symbolic links to files
/// inside the root, listed ahead of their folder's other entries; the rest are reported, and no link to a folder is
/// followed).
/// </summary>
internal static class FolderWalk
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "bin", "obj", "node_modules" };
    private static readonly EnumerationOptions WithoutLinks = new() { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };
    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>Folder levels below the root whose sub-folders are walked in parallel.</summary>
    private const int ParallelDepth = 3;

    /// <summary>The files under <paramref name="root"/> as the walk finds them (in path order unless there are links), and the problems.</summary>
    public static (List<string> Files, List<Finding> Problems) List(string root)
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
            if (target is null || !FileLister.IsInside(root, target))
            {
                into.Problems.Add(FileLister.LinkProblem(name, linkTarget, target is null));
            }
            else if (entry is FileInfo)
            {
                // Links to folders inside the root are not descended: their files are listed under the real path.
                into.Files.Add(name);
            }
        }
    }

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
