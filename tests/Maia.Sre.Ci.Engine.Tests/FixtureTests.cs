using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Reports;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>Every golden scenario through the engine: the canonical lines must match <c>expected.txt</c>.</summary>
public sealed class FixtureTests
{
    public static IEnumerable<string> Fixtures => Fixture.Names();

    [TestCaseSource(nameof(Fixtures))]
    public void Engine_reports_exactly_the_expected_findings(string name)
    {
        var fixture = Fixture.Load(name);
        using var repo = fixture.CopyToTemp();
        var result = LintEngine.Run(new LintRequest
        {
            Root = repo.Root,
            Config = ConfigLoader.Load(repo.Root, null),
            // As 'check' does, minus preflight: fixture copies are not git work trees and preflight has its own scenarios.
            RuleSets = Rules.RuleSets.Names.Where(n => n != Rules.RuleSets.Preflight).ToList(),
            FailLevel = FailLevel.Never,
        });

        var actual = result.ActiveFindings.Select(TextReportWriter.Canonical).ToList();
        Assert.That(actual, Is.EqualTo(fixture.Expected(actual)), $"fixture {name}; run with UPDATE_GOLDEN=1 to rewrite after a deliberate change");
    }

    /// <summary>
    /// Fixtures are small, so their sources are scanned on one thread; past <c>Parallelism.MinimumItems</c> sources the
    /// scan runs on every core and must report the same: each source's phantom (a typo of its own script), with its own
    /// line and did-you-mean.
    /// </summary>
    [TestCase(20)]
    [TestCase(600)]
    public void Many_sources_report_each_their_own_phantoms(int count)
    {
        using var repo = new TempRepo();
        var expected = new List<string>();
        for (var i = 0; i < count; i++)
        {
            repo.Write($"scripts/run-{i}.sh", "#!/bin/sh\n");
            repo.Write($"docs/d{i % 9}/page-{i}.md", $"# Page {i}\n\nRun `scripts/run-{i}.sh` first, then `scripts/runn-{i}.sh`.\n");
            expected.Add($"docs/d{i % 9}/page-{i}.md:3:");
        }

        var result = LintEngine.Run(new LintRequest
        {
            Root = repo.Root,
            Config = ConfigLoader.Load(repo.Root, null),
            RuleSets = [Rules.RuleSets.Phantoms],
            FailLevel = FailLevel.Never,
        });

        var phantoms = result.ActiveFindings.Where(f => f.RuleId == RuleIds.PhantomReference).ToList();
        expected.Sort(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(phantoms.Select(f => $"{f.File}:{f.Line}:"), Is.EqualTo(expected));
            Assert.That(phantoms.Select(f => f.Reference), Is.EqualTo(phantoms.Select(f => $"scripts/runn-{RunNumber(f.File)}.sh")));
            Assert.That(phantoms.Select(f => f.Suggestion), Is.EqualTo(phantoms.Select(f => $"scripts/run-{RunNumber(f.File)}.sh")));
            Assert.That(result.Phantoms!.TotalDependencies, Is.EqualTo(2 * count));
            Assert.That(result.Phantoms.SourcesScanned, Is.EqualTo(2 * count), "the pages and the scripts");
        });
    }

    private static string RunNumber(string file) => file[(file.LastIndexOf('-') + 1)..^3];
}
