using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Reports;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests.History;

/// <summary>Every history scenario through the engine: the messages name the commits; a shallow clone finds the same, without them.</summary>
public sealed class HistoryFixtureTests
{
    public static IEnumerable<string> Fixtures => HistoryFixture.Names();

    [TestCaseSource(nameof(Fixtures))]
    public void Engine_reports_the_expected_findings_with_their_history(string name)
    {
        var fixture = HistoryFixture.Load(name);
        using var repo = fixture.Build();
        var result = Run(repo.Root);
        var actual = result.ActiveFindings.Select(TextReportWriter.Canonical).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(actual, Is.EqualTo(fixture.GoldenLines("expected.txt", actual)), $"history fixture {name}; UPDATE_GOLDEN=1 rewrites it after a deliberate change");
            Assert.That(actual, Has.Some.Contains(" in "), "some message names a commit");
            Assert.That(result.History?.State, Is.EqualTo(Ci.History.HistoryState.Read));
        });
    }

    [TestCaseSource(nameof(Fixtures))]
    public void A_shallow_clone_finds_the_same_without_history(string name)
    {
        var fixture = HistoryFixture.Load(name);
        using var repo = fixture.Build();
        using var clone = HistoryFixture.ShallowClone(repo);
        var full = Run(repo.Root).ActiveFindings.ToList();
        var shallow = Run(clone.Root);
        Assert.Multiple(() =>
        {
            Assert.That(shallow.ActiveFindings.Select(Identity), Is.EqualTo(full.Select(Identity)), "findings never depend on history");
            Assert.That(shallow.ActiveFindings.Select(f => f.Message), Has.None.Contains("renamed to").And.None.Contains("deleted in"));
            Assert.That(shallow.History?.State, Is.EqualTo(Ci.History.HistoryState.Shallow));
            Assert.That(
                shallow.ActiveFindings.Where(f => f.Fix?.Safety == FixSafety.Safe).Select(f => f.Fix!.Description),
                Has.All.EndsWith("(only letter case differs)"),
                "without history only a case-only fix is safe");
        });
    }

    private static string Identity(Finding f) => $"{f.File}({f.Line},{f.Column}) {f.Severity} {f.RuleId} {f.Reference}";

    private static RunResult Run(string root) => LintEngine.Run(new LintRequest
    {
        Root = root,
        Config = ConfigLoader.Load(root, null),
        RuleSets = [Rules.RuleSets.Phantoms],
        FailLevel = FailLevel.Never,
    });
}
