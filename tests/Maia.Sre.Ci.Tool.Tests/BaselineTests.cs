using System.Text.Json;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>The baseline promise: line moves keep old findings old; one new phantom fails the run on its own.</summary>
public sealed class BaselineTests
{
    [Test]
    public void One_new_phantom_fails_with_exactly_that_finding_new_while_moved_lines_stay_unchanged()
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf(ReportScenarios.DemoRepo));
        var baseline = WriteBaseline(repo);
        MoveEveryLine(repo);
        repo.Write("docs/new-runbook.md", "Run `tools/never_written.sh` before a release.\n");
        var json = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".json");

        var outcome = CliHarness.InProcess(repo.Root, "check", "--rule-sets", "phantoms", "--root", repo.Root, "--baseline", baseline, "--fail-on", "warning", "--json", json);

        Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Out + outcome.Error);
        using var report = JsonDocument.Parse(File.ReadAllBytes(json));
        var active = report.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.That(active.Select(f => f.GetProperty("reference").GetString()), Is.EqualTo(new[] { "tools/never_written.sh" }));
        Assert.That(active[0].GetProperty("baselineState").GetString(), Is.EqualTo("new"));
        Assert.That(report.RootElement.GetProperty("suppressedFindings").EnumerateArray().Select(f => f.GetProperty("baselineState").GetString()).Distinct(), Is.EqualTo(new[] { "unchanged" }));
        File.Delete(json);
    }

    [Test]
    public void Only_moving_lines_passes_even_at_the_strictest_fail_level()
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf(ReportScenarios.DemoRepo));
        var baseline = WriteBaseline(repo);
        MoveEveryLine(repo);
        var outcome = CliHarness.InProcess(repo.Root, "check", "--rule-sets", "phantoms", "--root", repo.Root, "--baseline", baseline, "--fail-on", "warning");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Out);
        Assert.That(outcome.FindingLines, Is.Empty);
    }

    [Test]
    public void Writing_a_baseline_twice_gives_the_same_file()
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf(ReportScenarios.DemoRepo));
        var first = File.ReadAllBytes(WriteBaseline(repo));
        Assert.That(File.ReadAllBytes(WriteBaseline(repo, "again")), Is.EqualTo(first));
        Assert.That(first[0], Is.EqualTo((byte)'{'), "no byte-order mark");
    }

    [TestCase("{ \"version\": 2, \"findings\": [] }", "version")]
    [TestCase("not json", "baseline")]
    [TestCase("{ \"version\": 1, \"findings\": [ { \"ruleId\": \"MSRE1001\" } ] }", "fingerprint")]
    public void A_bad_baseline_exits_2_naming_the_file(string content, string reason)
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf("clean"));
        var path = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".bad-baseline.json");
        File.WriteAllText(path, content);
        var outcome = CliHarness.InProcess(repo.Root, "check", "--rule-sets", "phantoms", "--root", repo.Root, "--baseline", path);
        File.Delete(path);
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.Contain(Path.GetFileName(path)).And.Contain(reason));
    }

    [Test]
    public void A_missing_baseline_exits_2_naming_the_file()
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf("clean"));
        var outcome = CliHarness.InProcess(repo.Root, "check", "--rule-sets", "phantoms", "--root", repo.Root, "--baseline", "no-such-baseline.json");
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.Contain("no-such-baseline.json"));
    }

    /// <summary>Writes the baseline outside the repository (so it is not scanned) and returns its path.</summary>
    private static string WriteBaseline(TempRepo repo, string suffix = "")
    {
        var path = Path.Combine(Path.GetTempPath(), "maia-sre-tests", Path.GetFileName(repo.Root) + suffix + ".baseline.json");
        var outcome = CliHarness.InProcess(repo.Root, "baseline", "write", path, "--rule-sets", "phantoms", "--root", repo.Root);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        return path;
    }

    /// <summary>Puts two blank lines (one comment line in scripts) at the top of every text file: every finding moves.</summary>
    private static void MoveEveryLine(TempRepo repo)
    {
        foreach (var file in Directory.EnumerateFiles(repo.Root, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var shebang = text.StartsWith("#!", StringComparison.Ordinal);
            File.WriteAllText(file, shebang ? text.Insert(text.IndexOf('\n', StringComparison.Ordinal) + 1, "\n\n") : "\n\n" + text);
        }
    }
}
