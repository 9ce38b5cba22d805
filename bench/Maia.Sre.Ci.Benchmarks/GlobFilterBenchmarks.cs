using BenchmarkDotNet.Attributes;
using Maia.Sre.Ci.Benchmarks.Inputs;
using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Resolution;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Maia.Sre.Ci.Benchmarks;

/// <summary>
/// Picking the sources out of 10,000 paths with the default source and exclude globs: <see cref="GlobSet.Filter"/>
/// (a replay of the package's matching, one path at a time) next to Microsoft.Extensions.FileSystemGlobbing's own
/// <see cref="Matcher"/> doing the same over an in-memory tree, as GlobSet did before the replay (and still does for
/// patterns the replay does not cover). Setup checks that both keep the same paths.
/// </summary>
[MemoryDiagnoser]
public class GlobFilterBenchmarks
{
    private string[] paths = [];
    private GlobSet globs = null!;
    private Matcher matcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        paths = RepositoryPaths.Generate(10_000);
        globs = new GlobSet(PhantomDefaults.Sources, PhantomDefaults.Exclude);
        matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(PhantomDefaults.Sources);
        matcher.AddExcludePatterns(PhantomDefaults.Exclude);

        var kept = globs.Filter(paths);
        Expect.That(kept.SequenceEqual(FilterWithMatcher()), "GlobSet keeps what the package's Matcher keeps");
        Expect.That(kept.Count > paths.Length / 4 && kept.Count < paths.Length * 3 / 4, "the defaults keep some paths and drop others");
    }

    [Benchmark(Baseline = true)]
    public int PackageMatcher() => FilterWithMatcher().Count;

    [Benchmark]
    public int GlobSetFilter() => globs.Filter(paths).Count;

    /// <summary>The package's way: paths rooted at "/", matched as a tree, then kept in the order given.</summary>
    private List<string> FilterWithMatcher()
    {
        var rooted = new List<string>(paths.Length);
        foreach (var path in paths)
        {
            rooted.Add("/" + path);
        }

        var matched = new HashSet<string>(matcher.Match("/", rooted).Files.Select(f => f.Path), StringComparer.Ordinal);
        return paths.Where(matched.Contains).ToList();
    }
}
