using BenchmarkDotNet.Attributes;
using Maia.Sre.Ci.Benchmarks.Inputs;
using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Benchmarks;

/// <summary>
/// <see cref="ReferenceResolver.Resolve"/> with the default configuration over an inventory of 10,000 paths, for
/// batches of 100 references from a doc: script calls that exist (the common case), script calls that miss (every
/// candidate tried, placeholders, case variants), and relative Markdown links. Times are per reference.
/// </summary>
[MemoryDiagnoser]
public class ReferenceResolutionBenchmarks
{
    private const int BatchSize = 100;

    private ReferenceResolver resolver = null!;
    private RawReference[] existing = [];
    private RawReference[] missing = [];
    private RawReference[] links = [];

    [GlobalSetup]
    public void Setup()
    {
        var paths = RepositoryPaths.Generate(10_000);
        var config = new PhantomsConfig();
        // As PhantomAnalyzer builds it: the inventory globs (every file by default), without the excludes.
        resolver = new ReferenceResolver(new Inventory(new GlobSet(config.Inventory).Filter(paths)), config);

        existing = Spread(paths.Where(p => p.StartsWith("tools/", StringComparison.Ordinal) || p.StartsWith("scripts/", StringComparison.Ordinal)))
            .Select(p => Reference(p, ReferenceKind.Tool))
            .ToArray();
        missing = Enumerable.Range(0, BatchSize)
            .Select(i => (i % 4) switch
            {
                0 => $"tools/lint/removed_{i}.py",
                1 => $"scripts/ci/gone_{i}.sh",
                2 => $"gone_{i}.sh", // a bare name: looked up by name anywhere
                _ => $"../tools/legacy/old_{i}.py",
            })
            .Select(p => Reference(p, ReferenceKind.Tool))
            .ToArray();

        // From docs/guides/setup.md: "../reference/x.md" for docs, "../../services/…" for the rest of the tree.
        links = Spread(paths.Where(p => p.StartsWith("docs/", StringComparison.Ordinal) && !p.StartsWith("docs/guides/", StringComparison.Ordinal)))
            .Take(BatchSize / 2)
            .Select(p => "../" + p["docs/".Length..])
            .Concat(Spread(paths.Where(p => p.StartsWith("services/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal))).Take(BatchSize / 2).Select(p => "../../" + p))
            .Select(p => Reference(p, ReferenceKind.Link))
            .ToArray();

        Expect.That(resolver.Inventory.Count == paths.Length, "every path is in the inventory");
        Expect.That(existing.Length == BatchSize && missing.Length == BatchSize && links.Length == BatchSize, "full batches");
        Expect.That(existing.All(r => Outcome(r) == Resolution.Outcome.Exists), "existing references resolve");
        Expect.That(missing.All(r => Outcome(r) == Resolution.Outcome.Missing), "missing references are phantoms");
        Expect.That(links.All(r => Outcome(r) == Resolution.Outcome.Exists), "relative links resolve");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public int ExistingScriptCalls() => ResolveAll(existing);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int MissingScriptCalls() => ResolveAll(missing);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int RelativeMarkdownLinks() => ResolveAll(links);

    private int ResolveAll(RawReference[] references)
    {
        var found = 0;
        foreach (var reference in references)
        {
            found += resolver.Resolve(reference, MarkdownDocument.Path).Outcome == Resolution.Outcome.Exists ? 1 : 0;
        }

        return found;
    }

    private Resolution.Outcome Outcome(RawReference reference) => resolver.Resolve(reference, MarkdownDocument.Path).Outcome;

    private static RawReference Reference(string text, ReferenceKind kind) => new(text, 12, 5, text.Length, kind);

    /// <summary><see cref="BatchSize"/> paths taken evenly across <paramref name="candidates"/>, so every folder is represented.</summary>
    private static IEnumerable<string> Spread(IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        return Enumerable.Range(0, Math.Min(BatchSize, list.Count)).Select(i => list[i * list.Count / BatchSize]);
    }
}
