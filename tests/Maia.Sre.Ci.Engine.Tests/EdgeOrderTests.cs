using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.TestSupport;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// The dependency edges come out in one order (source, then target path, ordinal) whether the files were listed in
/// path order, where two file targets are compared by their inventory numbers, or in any other order, where their
/// paths are compared.
/// </summary>
public sealed class EdgeOrderTests
{
    [Test]
    public void Edges_are_in_path_order_however_the_files_were_listed()
    {
        using var repo = new TempRepo();
        var random = new Random(5);
        var scripts = Enumerable.Range(0, 40).Select(i => $"{(char)('a' + (i % 5))}/{(i % 3 == 0 ? "B" : "b")}{i}.sh").ToList();
        foreach (var script in scripts)
        {
            repo.Write(script, "echo\n");
        }

        for (var d = 0; d < 12; d++)
        {
            // Existing files in random order, repeats, missing files and folders among them.
            var lines = Enumerable.Range(0, 25).Select(_ => random.Next(4) switch
            {
                0 => $"Run `bash missing/{random.Next(10)}.sh`.",
                1 => $"See [the folder]({(char)('a' + random.Next(5))}/).",
                _ => $"Run `bash {scripts[random.Next(scripts.Count)]}`.",
            });
            repo.Write($"docs/{d}.md", string.Join('\n', lines) + "\n");
        }

        var listed = FileLister.List(repo.Root, new ProcessRunner());
        var config = new PhantomsConfig();
        var sorted = new PhantomAnalyzer(config).Run(listed).Figures.Edges.ToList();
        var shuffled = listed.Files.OrderBy(_ => random.Next()).ToList();
        var unsorted = new PhantomAnalyzer(config).Run(new WorkspaceFiles(listed.Root, shuffled, listed.FromGit, listed.Problems)).Figures.Edges.ToList();

        var expected = sorted
            .OrderBy(e => e.Source, StringComparer.Ordinal)
            .ThenBy(e => e.Target, StringComparer.Ordinal)
            .ThenBy(e => e.Exists)
            .ThenBy(e => e.Critical)
            .ToList();
        static (string, string, bool, bool) Visible(DependencyEdge e) => (e.Source, e.Target, e.Exists, e.Critical);
        Assert.Multiple(() =>
        {
            Assert.That(sorted.Count(e => e.Exists), Is.GreaterThan(50), "enough edges to existing files");
            Assert.That(sorted.Any(e => !e.Exists), Is.True, "and some to missing ones");
            Assert.That(sorted, Is.EqualTo(expected), "listed in path order: compared by number");
            // Without the inventory numbers, which follow the listing.
            Assert.That(unsorted.Select(Visible), Is.EqualTo(expected.Select(Visible)), "listed in another order: compared by path");
        });
    }
}
