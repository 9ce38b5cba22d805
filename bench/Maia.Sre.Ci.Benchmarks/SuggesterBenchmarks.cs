using BenchmarkDotNet.Attributes;
using Maia.Sre.Ci.Benchmarks.Inputs;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Benchmarks;

/// <summary>
/// Did-you-mean (<see cref="Suggester"/>) over an inventory of 10,000 paths: building its indexes, and building them
/// then suggesting for 32 phantoms: typos in a file name with its folder (a bounded search there), bare-name typos (an
/// edit-distance search over every name with the extension), files moved to another folder, and names nothing is
/// like. The suggester caches per target, so each operation starts from a new one; the difference between the two
/// benchmarks is the cost of the 32 suggestions.
/// </summary>
[MemoryDiagnoser]
public class SuggesterBenchmarks
{
    private Inventory inventory = null!;
    private (string Miss, string? ExpectedName)[] misses = [];

    [GlobalSetup]
    public void Setup()
    {
        var paths = RepositoryPaths.Generate(10_000);
        inventory = new Inventory(paths);
        var tools = Every(paths, p => p.StartsWith("tools/", StringComparison.Ordinal), 8);
        var scripts = Every(paths, p => p.StartsWith("scripts/ci/", StringComparison.Ordinal) || p.StartsWith("scripts/release/", StringComparison.Ordinal), 8);
        misses =
        [
            .. tools.Select(p => (Typo(p), (string?)RepoPath.Name(p))),
            .. scripts.Select(p => (RepoPath.Name(Typo(p)), (string?)RepoPath.Name(p))),
            .. scripts.Select(p => ("scripts/old/" + RepoPath.Name(p), (string?)RepoPath.Name(p))),
            .. Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? $"tools/zzz/quarterly_rollup_{i}.py" : $"nothing_like_it_{i}.ps1", (string?)null)),
        ];

        var suggester = new Suggester(inventory);
        foreach (var (miss, expected) in misses)
        {
            var suggested = suggester.Suggest(miss);
            Expect.That(!inventory.HasFile(miss), $"{miss} is missing");
            Expect.That((suggested is null ? null : RepoPath.Name(suggested)) == expected, $"{miss} suggests {expected ?? "nothing"}, not {suggested}");
        }
    }

    [Benchmark(Baseline = true)]
    public Suggester BuildIndexes() => new(inventory);

    [Benchmark]
    public int BuildIndexesAndSuggestFor32Misses()
    {
        var suggester = new Suggester(inventory);
        var suggested = 0;
        foreach (var (miss, _) in misses)
        {
            suggested += suggester.Suggest(miss) is null ? 0 : 1;
        }

        return suggested;
    }

    private static string[] Every(string[] paths, Func<string, bool> where, int count)
    {
        var chosen = paths.Where(where).ToArray();
        return Enumerable.Range(0, count).Select(i => chosen[i * chosen.Length / count]).ToArray();
    }

    /// <summary>"tools/lint/check_12.py" → "tools/lint/chek_12.py": the name's fourth letter dropped.</summary>
    private static string Typo(string path) => path.Remove(path.LastIndexOf('/') + 4, 1);
}
