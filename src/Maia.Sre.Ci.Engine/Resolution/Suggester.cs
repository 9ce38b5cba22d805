using System.Text;
using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Resolution;

/// <summary>
/// Did-you-mean for a missing path: first a file with the same name elsewhere (the usual case after a folder move),
/// then the closest file name by edit distance. Results are cached per name: phantoms repeat.
/// </summary>
public sealed class Suggester
{
    private static readonly char[] WordSeparators = ['_', '-', '.', ' '];

    private readonly Inventory inventory;
    private readonly Lazy<NameIndex> names;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SuggestedPath?> byTarget = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, History.Provenance?> provenances = new(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, string> renames;
    private readonly History.FileHistory? history;
    private readonly Func<string, SuggestedPath?> compute;
    private readonly Func<string, History.Provenance?> trace;

    /// <summary>
    /// Creates a suggester over <paramref name="inventory"/>; <paramref name="renames"/> (old → new path, from the change
    /// being checked) come first; <paramref name="history"/>, when given, says where missing files went.
    /// </summary>
    public Suggester(Inventory inventory, IReadOnlyDictionary<string, string>? renames = null, History.FileHistory? history = null)
    {
        this.inventory = inventory;
        this.renames = renames ?? new Dictionary<string, string>();
        this.history = history;
        compute = Compute; // one delegate, not one per call
        trace = target => this.history!.Trace(target, this.inventory.HasFile);

        // The name indexes are built by the first suggestion that needs them, on the scan's core that asks (the other
        // keeps scanning), instead of before the scan: a repository without phantoms never builds them.
        names = new(() => new NameIndex(inventory.Names), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The files suggestions are taken from.</summary>
    public Inventory Inventory => inventory;

    /// <summary>The repository path to suggest for the missing <paramref name="target"/>, or null.</summary>
    public string? Suggest(string target) => SuggestPath(target)?.Path;

    /// <summary>The path to suggest for the missing <paramref name="target"/> and how it was found, or null.</summary>
    public SuggestedPath? SuggestPath(string target) => byTarget.GetOrAdd(target, compute);

    /// <summary>
    /// Where git history says the missing <paramref name="target"/> went (renamed, deleted), or null without history or
    /// when it does not say. The first call reads the history (once per run).
    /// </summary>
    public History.Provenance? Provenance(string target) => history is null || history.IsEmpty ? null : provenances.GetOrAdd(target, trace);

    private SuggestedPath? Compute(string target)
    {
        var name = RepoPath.Name(target);
        if (name.Length == 0)
        {
            return null;
        }

        if (renames.TryGetValue(target, out var renamed) || RenamedByName(target, out renamed))
        {
            return new SuggestedPath(renamed, SuggestionBasis.Renamed, inventory.HasFile(renamed));
        }

        var same = inventory.WithName(name);
        if (same.Count > 0)
        {
            return new SuggestedPath(Nearest(target, same), SuggestionBasis.SameName, same.Count == 1);
        }

        // File names: a quarter of the stem (none under 4 characters, where one edit is already another word).
        var limit = Math.Min(3, Path.GetFileNameWithoutExtension(name).Length / 4);
        var closest = limit == 0 ? null : EditDistance.Closest(name, Candidates(target, name, limit), limit);

        if (closest is not null)
        {
            return new SuggestedPath(Nearest(target, inventory.WithName(closest)), SuggestionBasis.Typo, Unique: false);
        }

        // "check_env.py" for "env_check.py": the same words in another order.
        closest = names.Value.Reordered(name);
        if (closest is null)
        {
            return null;
        }

        var reordered = inventory.WithName(closest);
        return new SuggestedPath(Nearest(target, reordered), SuggestionBasis.Reordered, reordered.Count == 1 && names.Value.OnlyNameWithWordsOf(name));
    }

    /// <summary>
    /// Names a typo of <paramref name="name"/> could stand for. A path with folders is usually right about its folder:
    /// look there and one level up (a bounded set, so large repositories stay linear). A bare name may mean any file
    /// with the same extension and a length within the limit.
    /// </summary>
    private IEnumerable<string> Candidates(string target, string name, int limit)
    {
        var folder = RepoPath.Folder(target);
        if (target.Contains('/', StringComparison.Ordinal))
        {
            var parent = RepoPath.Folder(folder);
            return inventory.NamesIn(folder).Concat(folder.Length > 0 ? inventory.NamesIn(parent) : []);
        }

        return names.Value.ByExtension.TryGetValue(Path.GetExtension(name), out var sameExtension)
            ? sameExtension.Where(n => Math.Abs(n.Length - name.Length) <= limit)
            : [];
    }

    /// <summary>For a bare name (<c>x.sh</c>), the new path of the one renamed file of that name.</summary>
    private bool RenamedByName(string target, out string renamed)
    {
        var matches = target.Contains('/', StringComparison.Ordinal) ? [] : renames.Where(r => RepoPath.Name(r.Key) == target).Take(2).ToList();
        renamed = matches.Count == 1 ? matches[0].Value : "";
        return matches.Count == 1;
    }

    /// <summary>The extension plus the name's words, sorted: "env_check.py" and "check-env.py" share it.</summary>
    internal static string WordSet(string name)
    {
        var ext = Path.GetExtension(name);
        var words = Path.GetFileNameWithoutExtension(name).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(words, StringComparer.OrdinalIgnoreCase);
        return ext + ":" + string.Join(' ', words).ToLowerInvariant();
    }

    /// <summary>The candidate sharing the most trailing folders with <paramref name="target"/>, then the shortest.</summary>
    private static string Nearest(string target, IReadOnlyList<string> candidates)
    {
        // One pass, no sort and no split candidate: a common name (README.md, index.md) has thousands of files in a
        // large repository, and a missing one is asked about once per name and folder.
        var targetFolders = target.Split('/')[..^1];
        string? best = null;
        var bestShared = -1;
        foreach (var candidate in candidates)
        {
            var shared = SharedFolders(targetFolders, candidate);
            if (best is null || shared > bestShared || (shared == bestShared &&
                (candidate.Length < best.Length || (candidate.Length == best.Length && string.CompareOrdinal(candidate, best) < 0))))
            {
                best = candidate;
                bestShared = shared;
            }
        }

        return best ?? throw new InvalidOperationException("no candidate");
    }

    /// <summary>How many of <paramref name="targetFolders"/> (repeats counted) are among the folders of <paramref name="candidate"/>.</summary>
    private static int SharedFolders(string[] targetFolders, string candidate)
    {
        var slash = candidate.LastIndexOf('/');
        if (slash < 0)
        {
            return 0;
        }

        var folders = candidate.AsSpan(0, slash);
        var shared = 0;
        foreach (var part in targetFolders)
        {
            shared += HasSegment(folders, part) ? 1 : 0;
        }

        return shared;
    }

    private static bool HasSegment(ReadOnlySpan<char> folders, string segment)
    {
        while (true)
        {
            var end = folders.IndexOf('/');
            if ((end < 0 ? folders : folders[..end]).SequenceEqual(segment))
            {
                return true;
            }

            if (end < 0)
            {
                return false;
            }

            folders = folders[(end + 1)..];
        }
    }

    /// <summary>
    /// A 64-bit hash of <see cref="WordSet"/>(<paramref name="name"/>) under the set's ignore-case comparison, computed
    /// on the name's characters: no word, joined or lowered string is made. Names with equal word sets hash alike.
    /// </summary>
    internal static ulong WordSetHash(ReadOnlySpan<char> name)
    {
        var ext = Path.GetExtension(name);
        var stem = Path.GetFileNameWithoutExtension(name);

        // The stem's words, as ranges, sorted as WordSet sorts them (insertion sort: a name has a handful).
        var most = (stem.Length / 2) + 1;
        var words = most <= 256 ? stackalloc Range[most] : new Range[most];
        var count = 0;
        for (var start = 0; start < stem.Length;)
        {
            var length = stem[start..].IndexOfAny(WordSeparators);
            length = length < 0 ? stem.Length - start : length;
            if (length > 0)
            {
                var word = new Range(start, start + length);
                var at = count++;
                while (at > 0 && stem[words[at - 1]].CompareTo(stem[word], StringComparison.OrdinalIgnoreCase) > 0)
                {
                    words[at] = words[at - 1];
                    at--;
                }

                words[at] = word;
            }

            start += length + 1;
        }

        // As the ignore-case comparison sees each character (its upper case), rune by rune; the words as WordSet
        // writes them, lower-cased first.
        var hash = Fold(14695981039346656037UL, ext, lowered: false);
        hash = Mix(hash, ':');
        for (var i = 0; i < count; i++)
        {
            hash = Fold(i == 0 ? hash : Mix(hash, ' '), stem[words[i]], lowered: true);
        }

        return hash;

        static ulong Fold(ulong hash, ReadOnlySpan<char> text, bool lowered)
        {
            foreach (var rune in text.EnumerateRunes())
            {
                hash = Mix(hash, (uint)Rune.ToUpperInvariant(lowered ? Rune.ToLowerInvariant(rune) : rune).Value);
            }

            return hash;
        }

        static ulong Mix(ulong hash, uint value) => (hash ^ value) * 1099511628211UL;
    }

    /// <summary>The inventory's file names by extension, and by the hash of their <see cref="WordSet"/> (the first name with each).</summary>
    private sealed class NameIndex
    {
        private readonly List<string> all = [];

        // Hashes, not the word-set strings themselves: at 100,000 names those were 100,000 strings kept all run, and
        // five more made and dropped for each. A hit is confirmed on the two names' word sets.
        private readonly Dictionary<ulong, string> byWordSetHash = [];

        // Word-set hashes more than one name has (or two word sets share): a reordered suggestion there is ambiguous.
        private readonly HashSet<ulong> sharedWordSetHashes = [];

        public NameIndex(IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                var ext = Path.GetExtension(name);
                if (!ByExtension.TryGetValue(ext, out var list))
                {
                    ByExtension[ext] = list = [];
                }

                list.Add(name);
                all.Add(name);
                var hash = WordSetHash(name);
                if (!byWordSetHash.TryAdd(hash, name))
                {
                    sharedWordSetHashes.Add(hash);
                }
            }
        }

        public Dictionary<string, List<string>> ByExtension { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>True when at most one name has the words of <paramref name="name"/> (errs towards "several" on a hash collision).</summary>
        public bool OnlyNameWithWordsOf(string name) => !sharedWordSetHashes.Contains(WordSetHash(name));

        /// <summary>The first name with the same words as <paramref name="name"/> in another order, or null.</summary>
        public string? Reordered(string name)
        {
            if (!byWordSetHash.TryGetValue(WordSetHash(name), out var candidate))
            {
                return null;
            }

            var words = WordSet(name);
            return string.Equals(WordSet(candidate), words, StringComparison.OrdinalIgnoreCase)
                ? candidate
                : all.Find(n => string.Equals(WordSet(n), words, StringComparison.OrdinalIgnoreCase)); // two word sets, one hash: look at every name
        }
    }
}
