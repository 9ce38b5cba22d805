using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Maia.Sre.Ci.Threading;

namespace Maia.Sre.Ci.Resolution;

/// <summary>The files that count as existing, indexed once for exact, case-insensitive, by-name and by-folder look-ups.</summary>
public sealed class Inventory
{
    private readonly PathTable files;
    private readonly PathTable folders;
    private readonly Lazy<Dictionary<string, string>> byLowerPath;
    // A name's paths: the path itself while it is the only one with that name (nearly every name), a list once there
    // are more. At 100,000 files a list per name was 200,000 objects more, per index, for the collector to move.
    private readonly Dictionary<string, object> byName;
    private readonly Lazy<(Dictionary<string, object> ByLowerName, Dictionary<string, List<string>> NamesByFolder)> misses;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> under = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="paths"/> (repository-relative, <c>/</c>-separated).</summary>
    public Inventory(IEnumerable<string> paths)
    {
        // Each distinct path gets a number (its place in first-seen order), so per-file tables can be plain arrays.
        files = new PathTable(paths is IReadOnlyCollection<string> known ? known.Count : 0);
        foreach (var path in paths)
        {
            files.Add(path);
        }

        var count = files.Count;
        byName = new(count, StringComparer.Ordinal);
        folders = new PathTable(count / 8);

        // What every reference needs is built now, on two cores for a large inventory; the indexes only misses and
        // suggestions use are built the first time a scan asks for them (by then the other core is scanning).
        Parallelism.Invoke(
            count,
            () =>
            {
                foreach (var path in files.Paths)
                {
                    var slash = path.LastIndexOf('/');
                    while (slash > 0)
                    {
                        // A folder already present has its parents too; only a new one becomes a string.
                        if (folders.IndexOf(path.AsSpan(0, slash)) >= 0)
                        {
                            break;
                        }

                        folders.Add(path[..slash]);

                        slash = path.LastIndexOf('/', slash - 1);
                    }
                }
            },
            () =>
            {
                foreach (var path in files.Paths)
                {
                    var slash = path.LastIndexOf('/');
                    Add(byName, slash < 0 ? path : path[(slash + 1)..], path);
                }

                // The table's paths are distinct, so in order means strictly increasing.
                NumberedInOrdinalOrder = RepoPath.InOrdinalOrder(files.Paths);
            });

        byLowerPath = new(() =>
        {
            var index = new Dictionary<string, string>(count, StringComparer.OrdinalIgnoreCase);
            foreach (var path in files.Paths)
            {
                index.TryAdd(path, path);
            }

            return index;
        });
        misses = new(() =>
        {
            var lowerName = new Dictionary<string, object>(count, StringComparer.OrdinalIgnoreCase);
            var byFolder = new Dictionary<string, List<string>>(folders.Count + 1, StringComparer.Ordinal);
            foreach (var path in files.Paths)
            {
                var slash = path.LastIndexOf('/');
                var name = slash < 0 ? path : path[(slash + 1)..];
                Add(lowerName, name, path);

                // The folder's key is the folder table's own string: no new string per file.
                string? folder = "";
                if (slash > 0 && folders.Find(path.AsSpan(0, slash), out folder) < 0)
                {
                    folder = path[..slash];
                }

                ref var names = ref CollectionsMarshal.GetValueRefOrAddDefault(byFolder, folder!, out _);
                (names ??= []).Add(name);
            }

            return (lowerName, byFolder);
        });
    }

    /// <summary>Number of files.</summary>
    public int Count => files.Count;

    /// <summary>
    /// True when the files' numbers follow the ordinal order of their paths (the paths came sorted, as
    /// <see cref="Workspace.FileLister"/> lists them): two files then compare by number as their paths compare.
    /// </summary>
    internal bool NumberedInOrdinalOrder { get; private set; }

    /// <summary>All file names (without folders), for did-you-mean.</summary>
    public IEnumerable<string> Names => byName.Keys;

    /// <summary>True when the file exists.</summary>
    public bool HasFile(string path) => files.IndexOf(path) >= 0;

    /// <summary>
    /// True when the file exists; <paramref name="canonical"/> is then the inventory's own instance of the path (so
    /// hundreds of thousands of references share one string) and <paramref name="id"/> its number (see
    /// <see cref="PathOf"/>), found in one look-up. Otherwise they are <paramref name="path"/> and -1.
    /// </summary>
    public bool TryGetFile(string path, out string canonical, out int id)
    {
        if (TryGetFile(path.AsSpan(), out var found, out id))
        {
            canonical = found;
            return true;
        }

        canonical = path;
        return false;
    }

    /// <summary>
    /// <see cref="TryGetFile(string, out string, out int)"/> for a path not yet made a string: when it does not exist,
    /// <paramref name="canonical"/> is null.
    /// </summary>
    internal bool TryGetFile(ReadOnlySpan<char> path, [NotNullWhen(true)] out string? canonical, out int id)
    {
        id = files.Find(path, out canonical);
        return id >= 0;
    }

    /// <summary>The path of the file numbered <paramref name="id"/> (0 to <see cref="Count"/> - 1).</summary>
    public string PathOf(int id) => files.Paths[id];

    /// <summary>True when some file lives below <paramref name="path"/>.</summary>
    public bool HasFolder(string path) => HasFolder(path.AsSpan());

    /// <summary><see cref="HasFolder(string)"/> for a path not yet made a string.</summary>
    internal bool HasFolder(ReadOnlySpan<char> path) => path.Length == 0 || folders.IndexOf(path) >= 0;

    /// <summary>
    /// True when some file below <paramref name="folder"/> ("" for the root) ends with <paramref name="extension"/>
    /// (with its dot; "" for any file). Answers are kept: only missing references ask, and many ask the same.
    /// </summary>
    public bool HasFileUnder(string folder, string extension)
    {
        var key = folder + "\0" + extension;
        if (under.TryGetValue(key, out var known))
        {
            return known;
        }

        var prefix = folder.Length == 0 ? "" : folder + "/";
        var paths = files.Paths;
        var found = false;
        if (NumberedInOrdinalOrder)
        {
            // Paths below a folder are one run of the sorted list.
            var lo = LowerBound(paths, prefix);
            for (var i = lo; i < paths.Count && paths[i].StartsWith(prefix, StringComparison.Ordinal) && !found; i++)
            {
                found = paths[i].EndsWith(extension, StringComparison.OrdinalIgnoreCase);
            }
        }
        else
        {
            foreach (var path in paths)
            {
                if (path.StartsWith(prefix, StringComparison.Ordinal) && path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    found = true;
                    break;
                }
            }
        }

        under[key] = found;
        return found;
    }

    private static int LowerBound(IReadOnlyList<string> sorted, string value)
    {
        var lo = 0;
        var hi = sorted.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (string.CompareOrdinal(sorted[mid], value) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The real spelling of a path that differs only in letter case, or null.</summary>
    public string? CaseVariant(string path) =>
        byLowerPath.Value.TryGetValue(path, out var actual) && actual != path ? actual : null;

    /// <summary>Every file with exactly this name, anywhere.</summary>
    public IReadOnlyList<string> WithName(string name) =>
        byName.TryGetValue(name, out var paths) ? Paths(paths) : [];

    /// <summary>The names of the files directly in <paramref name="folder"/> ("" for the root).</summary>
    public IReadOnlyList<string> NamesIn(string folder) =>
        misses.Value.NamesByFolder.TryGetValue(folder, out var list) ? list : [];

    /// <summary>Every file whose name matches ignoring case.</summary>
    public IReadOnlyList<string> WithNameIgnoringCase(string name) =>
        misses.Value.ByLowerName.TryGetValue(name, out var paths) ? Paths(paths) : [];

    /// <summary>Files <paramref name="path"/> under <paramref name="key"/>, after the paths already there.</summary>
    private static void Add(Dictionary<string, object> index, string key, string path)
    {
        ref var paths = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out var exists);
        if (!exists)
        {
            paths = path;
        }
        else if (paths is List<string> list)
        {
            list.Add(path);
        }
        else
        {
            paths = new List<string> { (string)paths!, path };
        }
    }

    /// <summary>An index entry's paths: its one path, or its list.</summary>
    private static IReadOnlyList<string> Paths(object paths) => paths as List<string> ?? [(string)paths];
}
