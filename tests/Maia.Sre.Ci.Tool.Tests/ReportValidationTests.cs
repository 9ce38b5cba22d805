using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>The reports of every fixture and of the sample pass the real validators with no errors and no warnings.</summary>
public sealed class ReportValidationTests
{
    public static IEnumerable<string> Scenarios => ReportScenarios.Names;

    [TestCaseSource(nameof(Scenarios))]
    public void Sarif_and_junit_pass_the_validators(string name)
    {
        using var reports = new TempRepo();
        var (sarif, junit, _) = ReportScenarios.Run(name, reports.Root);
        AssertValid(sarif, junit);
    }

    [Test]
    public void Reports_with_baseline_states_and_suppressions_pass_the_validators()
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf(ReportScenarios.DemoRepo));
        var baseline = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".baseline.json");
        Assert.That(CliHarness.InProcess(repo.Root, "baseline", "write", baseline, "--rule-sets", "phantoms", "--root", repo.Root).ExitCode, Is.EqualTo(0));
        File.AppendAllText(Path.Combine(repo.Root, "Makefile"), "\nnew:\n\tbash tools/brand_new.sh\n");
        File.WriteAllText(Path.Combine(repo.Root, ".cursor/rules/style.mdc"), "nothing here any more\n");
        var sarif = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".sarif");
        var junit = Path.ChangeExtension(sarif, ".xml");
        var outcome = CliHarness.InProcess(repo.Root, "check", "--rule-sets", "phantoms", "--root", repo.Root, "--baseline", baseline, "--sarif", sarif, "--junit", junit);
        Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Error);
        var text = File.ReadAllText(sarif);
        Assert.That(text, Does.Contain("\"baselineState\": \"absent\"").And.Contain("\"baselineState\": \"new\"").And.Contain("\"kind\": \"external\""));
        AssertValid(sarif, junit);
        File.Delete(baseline);
        File.Delete(sarif);
        File.Delete(junit);
    }

    [Test]
    public void Repository_wide_preflight_findings_pass_the_validators()
    {
        // Detached HEAD (note), a dirty tree (warning) and a missing required path (critical): findings with and
        // without a file, all of which need a location for code scanning.
        using var repo = new TempRepo(ReportScenarios.RepoOf(ReportScenarios.DemoRepo)).InitGit();
        repo.Git("checkout", "-q", "--detach");
        repo.Write("scratch.md", "untracked\n");
        repo.Write(".maia-sre.json", "{\"preflight\": {\"requiredPaths\": [\"tools/missing-tool.sh\"]}}");
        var sarif = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".preflight.sarif");
        var junit = Path.ChangeExtension(sarif, ".xml");
        var outcome = CliHarness.InProcess(repo.Root, "check", "--root", repo.Root, "--sarif", sarif, "--junit", junit);
        Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Out + outcome.Error);
        Assert.That(File.ReadAllText(sarif), Does.Contain("MSRE2005").And.Contain("MSRE2003").And.Contain("MSRE2007"));
        AssertValid(sarif, junit);
        File.Delete(sarif);
        File.Delete(junit);
    }

    private static void AssertValid(string sarif, string junit)
    {
        var (errors, warnings) = Validators.Sarif(sarif);
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty, "SARIF validator errors");
            Assert.That(warnings, Is.Empty, "SARIF validator warnings");
            Assert.That(Validators.JUnit(junit), Is.Empty, "junit-10.xsd errors");
        });
    }
}
