using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>Every golden fixture and the demo sample, run with <c>--sarif</c> and <c>--junit</c>.</summary>
public static class ReportScenarios
{
    /// <summary>Fixture names, plus <c>demo-repo</c> for the sample.</summary>
    public static IEnumerable<string> Names => Fixture.Names().Append(DemoRepo);

    public const string DemoRepo = "demo-repo";

    public static string RepoOf(string name) => name == DemoRepo ? Path.Combine(RepoPaths.Samples, DemoRepo) : Fixture.Load(name).Repo;

    public static IReadOnlyList<string> ArgsOf(string name) => name == DemoRepo ? [] : Fixture.Load(name).Args;

    /// <summary>
    /// Copies the scenario, runs <c>check</c> writing both reports under <paramref name="reports"/>, and returns their
    /// paths. At <c>--fail-on warning</c>, so the JUnit report shows both kinds: failures for warnings and above, notes
    /// in <c>system-out</c>.
    /// </summary>
    public static (string Sarif, string JUnit, CliHarness.Outcome Outcome) Run(string name, string reports, params string[] extra)
    {
        using var repo = new TempRepo(RepoOf(name));
        var sarif = Path.Combine(reports, "r.sarif");
        var junit = Path.Combine(reports, "r.xml");
        var outcome = CliHarness.InProcess(repo.Root, ["check", "--rule-sets", "phantoms", "--root", repo.Root, "--fail-on", "warning", "--sarif", sarif, "--junit", junit, .. ArgsOf(name), .. extra]);
        Assert.That(outcome.ExitCode, Is.EqualTo(0).Or.EqualTo(1), outcome.Error);
        return (sarif, junit, outcome);
    }
}
