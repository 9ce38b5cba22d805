using System.Diagnostics.CodeAnalysis;
using Maia.Sre.Ci.Threading;

namespace Maia.Sre.Ci.Resolution;

/// <summary>The files that count as existing, indexed once for exact, case-insensitive, by-name and by-folder look-ups.</summary>
public sealed class Inventory
{
    private readonly PathTable files;
    private readonly PathTable folders;
    private readonly Lazy<Dictionary<string, string>> byLowerPath;
    private readonly Dictionary<string, List<string>> byName;
    private readonly Lazy<(Dictionary<string, List<string>> ByLowerName, Dictionary<string, List<string>> NamesByFolder)> misses;

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
                    Add(byName, path[(path.LastIndexOf('/') + 1)..], path);
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
            var lowerName = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
            var byFolder = new Dictionary<string, List<string>>(count / 8, StringComparer.Ordinal);
            foreach (var path in files.Paths)
            {
                var slash = path.LastIndexOf('/');
                var name = path[(slash + 1)..];
                Add(lowerName, name, path);
                Add(byFolder, slash < 0 ? "" : path[..slash], name);
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

    /// <summary>The real spelling of a path that differs only in letter case, or null.</summary>
    public string? CaseVariant(string path) =>
        byLowerPath.Value.TryGetValue(path, out var actual) && actual != path ? actual : null;

    /// <summary>Every file with exactly this name, anywhere.</summary>
    public IReadOnlyList<string> WithName(string name) =>
        byName.TryGetValue(name, out var list) ? list : [];

    /// <summary>The names of the files directly in <paramref name="folder"/> ("" for the root).</summary>
    public IReadOnlyList<string> NamesIn(string folder) =>
        misses.Value.NamesByFolder.TryGetValue(folder, out var list) ? list : [];

    /// <summary>Every file whose name matches ignoring case.</summary>
    public IReadOnlyList<string> WithNameIgnoringCase(string name) =>
        misses.Value.ByLowerName.TryGetValue(name, out var list) ? list : [];

    private static void Add(Dictionary<string, List<string>> index, string key, string path)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(path);
    }
}
