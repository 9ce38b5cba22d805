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
}
