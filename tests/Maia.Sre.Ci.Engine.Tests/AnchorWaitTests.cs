using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules;
using Maia.Sre.Ci.TestSupport;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// A link's fragment is checked whenever its target's anchors become known: the target scanned after the link (its
/// anchors taken from that scan), before it, or not at all (read after the scan). Every way gives the same findings,
/// each in the linking source, silenced by a directive there.
/// </summary>
public sealed class AnchorWaitTests
{
    [TestCase(12)]
    [TestCase(300)]
    public void Fragment_checks_give_the_same_findings_whenever_the_target_is_read(int documents)
    {
        using var repo = new TempRepo();
        var random = new Random(documents);
        var expected = new List<(string File, int Line, bool Suppressed)>();
        for (var d = 0; d < documents; d++)
        {
            var lines = new List<string> { $"# Doc {d}", "", "## Part one", "", "Text.", "" };
            for (var k = 0; k < 4; k++)
            {
                var target = random.Next(documents + 1); // documents + 1: a file that is not a source
                var good = random.Next(3) > 0;
                var silenced = !good && random.Next(2) == 0;
                var path = target == documents ? "../notes/extra.txt" : $"d{target}.md";
                var fragment = target == documents ? (good ? "L2" : "L99") : good ? "part-one" : "part-two";
                lines.Add($"See [it]({path}#{fragment}).{(silenced ? " <!-- maia-sre-disable-line missing-anchor -->" : "")}");
                if (!good)
                {
                    expected.Add(($"docs/d{d}.md", lines.Count, silenced));
                }
            }

            repo.Write($"docs/d{d}.md", string.Join('\n', lines) + "\n");
        }

        repo.Write("notes/extra.txt", "one\ntwo\nthree\n");
        var files = FileLister.List(repo.Root, new ProcessRunner());
        var config = new PhantomsConfig();
        var half = Enumerable.Range(0, documents / 2).Select(d => $"docs/d{d}.md").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(MissingAnchors(new PhantomAnalyzer(config).Run(files)), Is.EquivalentTo(expected), "every source scanned");
            Assert.That(
                MissingAnchors(new PhantomAnalyzer(config).Run(files, half)),
                Is.EquivalentTo(expected.Where(e => half.Contains(e.File))),
                "half the sources scanned: links into the other half wait for the end of the scan");
            var reversed = new WorkspaceFiles(files.Root, files.Files.Reverse().ToList(), files.FromGit, files.Problems);
            Assert.That(MissingAnchors(new PhantomAnalyzer(config).Run(reversed)), Is.EquivalentTo(expected), "sources scanned in reverse order");
        });
    }

    private static List<(string File, int Line, bool Suppressed)> MissingAnchors(PhantomResult result)
    {
        var findings = result.Findings.Where(f => f.RuleId == RuleIds.MissingAnchor).ToList();
        Assert.That(findings.GroupBy(f => f.File).All(g => g.Select(f => (f.Line, f.Column)).SequenceEqual(g.Select(f => (f.Line, f.Column)).Order())), Is.True, "each source's findings in order");
        return findings.Select(f => (f.File, f.Line, f.Suppression is not null)).ToList();
    }
}
