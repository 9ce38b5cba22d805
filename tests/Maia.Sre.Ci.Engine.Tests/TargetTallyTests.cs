using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Engine.Tests;

public class TargetTallyTests
{
    private static readonly Inventory Files = new(["tools/a.sh", "tools/b.sh", "docs/x.md"]);

    private static DependencyEdge Existing(string source, string target)
    {
        Assert.That(Files.TryGetFile(target, out var canonical, out var id), Is.True);
        return new DependencyEdge(source, canonical, Exists: true, Critical: false) { TargetId = id };
    }

    /// <summary>
    /// The targets at least <paramref name="threshold"/> sources reference, from the edges in <paramref name="parts"/>
    /// (each source's adjacent, distinct and sorted), counted source by source as the scan and the summary count them.
    /// </summary>
    private static IEnumerable<SinglePointOfFailure> AtLeast(IEnumerable<DependencyEdge[]> parts, int threshold)
    {
        var tally = new TargetTally(Files);
        var kept = new List<SourceEdges>();
        foreach (var part in parts)
        {
            foreach (var source in part.GroupBy(e => e.Source, StringComparer.Ordinal))
            {
                DependencyEdge[] edges = [.. source];
                tally.AddFiles(edges);
                kept.Add(SourceEdges.From(edges));
            }
        }

        tally.AddOthers(kept);
        return tally.AtLeast(threshold);
    }

    [Test]
    public void Counts_distinct_sources_per_target_whether_a_file_a_folder_or_missing()
    {
        string s1 = "README.md", s2 = "docs/guide.md", s3 = "ci.yml";
        DependencyEdge[] edges =
        [
            // s1 names a.sh, the docs folder and the missing c.sh, which it names twice (once critical).
            Existing(s1, "tools/a.sh"),
            new(s1, "docs", Exists: true, Critical: false),
            new(s1, "tools/c.sh", Exists: false, Critical: false),
            new(s1, "tools/c.sh", Exists: false, Critical: true),
            Existing(s2, "tools/a.sh"),
            Existing(s2, "tools/b.sh"),
            new(s2, "docs", Exists: true, Critical: false),
            new(s2, "tools/c.sh", Exists: false, Critical: false),
            Existing(s3, "tools/a.sh"),
        ];

        var spofs = AtLeast([edges], threshold: 2).OrderBy(s => s.Tool, StringComparer.Ordinal).ToList();

        Assert.That(spofs, Is.EqualTo(new[]
        {
            new SinglePointOfFailure("docs", 2, Exists: true),
            new SinglePointOfFailure("tools/a.sh", 3, Exists: true),
            new SinglePointOfFailure("tools/c.sh", 2, Exists: false),
        }));
    }

    [Test]
    public void A_higher_threshold_keeps_fewer()
    {
        DependencyEdge[] edges = [Existing("a.md", "tools/a.sh"), Existing("b.md", "tools/a.sh"), Existing("b.md", "tools/b.sh")];

        Assert.That(AtLeast([edges], threshold: 3), Is.Empty);
        Assert.That(AtLeast([edges], threshold: 1).Select(s => (s.Tool, s.References)), Is.EquivalentTo(new[] { ("tools/a.sh", 2), ("tools/b.sh", 1) }));
    }

    [Test]
    public void Files_counted_during_the_scan_and_the_rest_after_count_what_one_pass_counts()
    {
        // Files are counted by every core into one array as each source is scanned; folders and missing targets are
        // counted after the scan from the sources' kept edges, each on its own.
        DependencyEdge[] s1 = [Existing("a.md", "tools/a.sh"), new("a.md", "docs", Exists: true, Critical: false), new("a.md", "tools/c.sh", Exists: false, Critical: false)];
        DependencyEdge[] s2 = [Existing("b.md", "tools/a.sh"), Existing("b.md", "tools/b.sh"), new("b.md", "tools/c.sh", Exists: false, Critical: false), new("b.md", "tools/c.sh", Exists: false, Critical: true)];
        DependencyEdge[] s3 = [Existing("c.md", "tools/a.sh"), new("c.md", "docs", Exists: true, Critical: false)];
        var tally = new TargetTally(Files);
        Parallel.ForEach(new[] { s1, s2, s3 }, edges => tally.AddFiles(edges));
        tally.AddOthers([SourceEdges.From(s1), SourceEdges.From(s2), SourceEdges.From(s3)]);

        Assert.That(
            tally.AtLeast(1).OrderBy(s => s.Tool, StringComparer.Ordinal).Select(s => (s.Tool, s.References, s.Exists)),
            Is.EqualTo(new[] { ("docs", 2, true), ("tools/a.sh", 3, true), ("tools/b.sh", 1, true), ("tools/c.sh", 2, false) }));
    }
}

public class JoinedEdgesTests
{
    private static readonly Inventory Files = new(["tools/a.sh", "tools/b.sh", "tools/c/d.sh"]);

    private static DependencyEdge File(string source, string target)
    {
        Assert.That(Files.TryGetFile(target, out var canonical, out var id), Is.True, target);
        return new(source, canonical, Exists: true, Critical: false) { TargetId = id };
    }

    private static DependencyEdge Folder(string source, string target) => new(source, target, Exists: true, Critical: false);

    private static DependencyEdge Missing(string source, string target, bool critical = false) => new(source, target, Exists: false, critical);

    [Test]
    public void Reads_the_lists_one_after_the_other_by_index_and_in_order()
    {
        // Files kept as numbers and the rest kept as edges must come back interleaved exactly as they were sorted.
        DependencyEdge[] a =
        [
            Folder("a", "tools"), File("a", "tools/a.sh"), Missing("a", "tools/a2.sh", critical: true), File("a", "tools/b.sh"),
            Missing("a", "tools/c.sh"), File("a", "tools/c/d.sh"),
        ];
        DependencyEdge[] b = [];
        DependencyEdge[] c = [Missing("c", "x")];
        DependencyEdge[] d = [File("d", "tools/a.sh"), File("d", "tools/b.sh")];
        var joined = new JoinedEdges(["a", "b", "c", "d"], [SourceEdges.From(a), SourceEdges.From(b), SourceEdges.From(c), SourceEdges.From(d)], Files);
        var expected = a.Concat(c).Concat(d).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(a, Is.Ordered.Using<DependencyEdge>(Comparer<DependencyEdge>.Create(EdgeOrder.ByPath)), "the case is in report order");
            Assert.That(joined.Count, Is.EqualTo(9));
            Assert.That(joined, Is.EqualTo(expected));
            Assert.That(Enumerable.Range(0, joined.Count).Select(i => joined[i]), Is.EqualTo(expected));
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = joined[9]);
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = joined[-1]);
            Assert.That(new JoinedEdges([], [], Files), Is.Empty);
            Assert.That(new JoinedEdges(["x", "y"], [default, default], Files), Is.Empty);
            Assert.That(new JoinedEdges([""], [SourceEdges.Of([.. expected])], Files), Is.EqualTo(expected), "edges kept as they are");
        });
    }
}

public class SourceChecksTests
{
    [Test]
    public void Each_source_has_its_check_made_when_read()
    {
        var checks = new SourceChecks(["a.md", "b/c.sh"]);
        var expected = new[] { new Check("phantoms", "MSRE1001", "a.md"), new Check("phantoms", "MSRE1001", "b/c.sh") };
        Assert.Multiple(() =>
        {
            Assert.That(checks, Is.EqualTo(expected));
            Assert.That((checks.Count, checks[1]), Is.EqualTo((2, expected[1])));
            Assert.That(new SourceChecks([]), Is.Empty);
        });
    }
}
