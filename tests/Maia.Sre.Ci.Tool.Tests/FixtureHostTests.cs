using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>The same golden scenarios as the engine tests, through the command line in-process and as a real process.</summary>
public sealed class FixtureHostTests
{
    public static IEnumerable<string> Fixtures => Fixture.Names();

    [TestCaseSource(nameof(Fixtures))]
    public void Cli_in_process_prints_the_expected_findings(string name) => Check(name, CliHarness.InProcess);

    [TestCaseSource(nameof(Fixtures))]
    public void Cli_as_a_process_prints_the_expected_findings(string name) => Check(name, CliHarness.AsProcess);

    private static void Check(string name, Func<string, string[], CliHarness.Outcome> run)
    {
        var fixture = Fixture.Load(name);
        using var repo = fixture.CopyToTemp();
        // The fixtures are phantom scenarios in folders that are not git work trees; preflight has its own scenario tests.
        string[] ruleSets = fixture.Args.Contains("--rule-sets") ? [] : ["--rule-sets", "phantoms,services"];
        var outcome = run(repo.Root, ["check", "--root", repo.Root, "--fail-on", "never", "--no-color", .. ruleSets, .. fixture.Args]);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        var expected = File.Exists(fixture.ExpectedPath) ? File.ReadAllLines(fixture.ExpectedPath).Where(l => l.Length > 0).ToList() : [];
        Assert.That(outcome.FindingLines, Is.EqualTo(expected));
    }
}
