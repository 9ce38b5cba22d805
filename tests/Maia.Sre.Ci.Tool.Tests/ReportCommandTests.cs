using Maia.Sre.Ci.TestSupport;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>The report options through the command line: GitHub mode, safe paths, the graph command.</summary>
public sealed class ReportCommandTests
{
    [Test]
    public void Github_actions_mode_annotates_and_appends_the_step_summary()
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf(ReportScenarios.DemoRepo));
        var summary = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".summary.md");
        File.WriteAllText(summary, "earlier step\n");
        var variables = new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_STEP_SUMMARY"] = summary,
            ["GITHUB_REPOSITORY"] = "octo/demo",
            ["GITHUB_SHA"] = "0123abc",
        };
        var stdout = new StringWriter();
        var env = new CliEnvironment(stdout, new StringWriter(), repo.Root) { OutputIsTerminal = false, GetVariable = name => variables.GetValueOrDefault(name) };
        Assert.That(CliApp.Run(["check", "--rule-sets", "phantoms", "--root", repo.Root], env), Is.EqualTo(1));
        var lines = stdout.ToString().Split('\n');
        Assert.That(lines.Count(l => l.StartsWith("::error file=", StringComparison.Ordinal)), Is.EqualTo(7));
        Assert.That(lines.Count(l => l.StartsWith("::warning file=", StringComparison.Ordinal)), Is.EqualTo(3));
        var markdown = File.ReadAllText(summary);
        File.Delete(summary);
        Assert.That(markdown, Does.StartWith("earlier step\n## maia-sre: ❌ FAIL"));
        Assert.That(markdown, Does.Contain("(https://github.com/octo/demo/blob/0123abc/AGENTS.md#L4)").And.Contain("```mermaid"));
    }

    /// <summary>The Action reads its outputs from what the run appends to <c>$GITHUB_OUTPUT</c>: no JSON parser on the runner.</summary>
    [Test]
    public void Github_actions_mode_sets_the_step_outputs_from_the_summary()
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf(ReportScenarios.DemoRepo));
        var outputs = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".outputs");
        File.WriteAllText(outputs, "earlier=1\n");
        var json = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".json");
        var variables = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_OUTPUT"] = outputs };
        var env = new CliEnvironment(new StringWriter(), new StringWriter(), repo.Root) { OutputIsTerminal = false, GetVariable = name => variables.GetValueOrDefault(name) };
        Assert.That(CliApp.Run(["check", "--rule-sets", "phantoms", "--root", repo.Root, "--json", json], env), Is.EqualTo(1));
        var lines = File.ReadAllLines(outputs);
        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        var summary = report.RootElement.GetProperty("summary");
        File.Delete(outputs);
        File.Delete(json);
        Assert.That(lines, Is.EqualTo(new[]
        {
            "earlier=1",
            "status=fail",
            "health-score=" + summary.GetProperty("healthScore").GetDouble().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
            "phantoms=" + summary.GetProperty("phantoms").GetInt32(),
            "critical-phantoms=" + summary.GetProperty("criticalPhantoms").GetInt32(),
        }));
    }

    [Test]
    public void Without_github_actions_there_are_no_annotations()
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf(ReportScenarios.DemoRepo));
        var outcome = CliHarness.InProcess(repo.Root, "check", "--rule-sets", "phantoms", "--root", repo.Root);
        Assert.That(outcome.Out, Does.Not.Contain("::error"));
        Assert.That(CliHarness.InProcess(repo.Root, "check", "--rule-sets", "phantoms", "--root", repo.Root, "--github").Out, Does.Contain("::error file=AGENTS.md,line=4,"));
    }

    [TestCase("--sarif")]
    [TestCase("--junit")]
    public void A_report_over_a_scanned_source_is_refused(string option)
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf(ReportScenarios.DemoRepo));
        var before = File.ReadAllText(Path.Combine(repo.Root, "README.md"));
        var outcome = CliHarness.InProcess(repo.Root, "check", "--rule-sets", "phantoms", "--root", repo.Root, option, "README.md");
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.Contain("'README.md'").And.Contain("scanned sources"));
        Assert.That(File.ReadAllText(Path.Combine(repo.Root, "README.md")), Is.EqualTo(before));
    }

    [Test]
    public void An_unwritable_report_path_exits_2_naming_it_and_leaves_nothing()
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf("clean"));
        var blocker = repo.Write("out/file", "not a folder");
        var outcome = CliHarness.InProcess(repo.Root, "check", "--rule-sets", "phantoms", "--root", repo.Root, "--sarif", Path.Combine(blocker, "r.sarif"));
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.Contain("r.sarif"));
        Assert.That(Directory.EnumerateFiles(Path.Combine(repo.Root, "out")), Is.EqualTo(new[] { blocker }));
    }

    [Test]
    public void Two_reports_on_one_path_is_a_usage_error()
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf("clean"));
        var outcome = CliHarness.InProcess(repo.Root, "check", "--rule-sets", "phantoms", "--root", repo.Root, "--sarif", "r.out", "--junit", "r.out");
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.Contain("same path"));
    }

    [TestCase("mermaid", "flowchart LR")]
    [TestCase("dot", "digraph dependencies {")]
    public void Graph_writes_the_chosen_format_to_a_file(string format, string start)
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf(ReportScenarios.DemoRepo));
        var output = Path.Combine(repo.Root, "graphs", "deps." + format);
        var outcome = CliHarness.InProcess(repo.Root, "graph", "--root", repo.Root, "--format", format, "--output", output);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        Assert.That(File.ReadAllText(output), Does.StartWith(start).And.Contain("tools/lint_docs.py (MISSING, critical)"));
        Assert.That(CliHarness.InProcess(repo.Root, "graph", "--root", repo.Root, "--format", "png").ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void The_sarif_category_becomes_the_automation_id()
    {
        using var reports = new TempRepo();
        var (sarif, _, _) = ReportScenarios.Run("clean", reports.Root, "--sarif-category", "docs");
        var text = File.ReadAllText(sarif);
        Assert.That(text, Does.Contain("\"id\": \"maia-sre/docs/\"").And.Contain("\"results\": []"));
    }

    [TestCase("--json", "{")]
    [TestCase("--sarif", "{")]
    [TestCase("--junit", "<?xml")]
    public void A_dash_sends_the_report_to_standard_output_instead_of_the_text(string option, string starts)
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf(ReportScenarios.DemoRepo));
        var outcome = CliHarness.InProcess(repo.Root, "check", "--rule-sets", "phantoms", "--root", repo.Root, option, "-");
        Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Error);
        Assert.That(outcome.Out, Does.StartWith(starts));
        Assert.That(outcome.Out, Does.Not.Contain("README.md(6,79): warning MSRE1001"), "no text output mixed into the report");
        Assert.That(File.Exists(Path.Combine(repo.Root, "-")), Is.False, "no file named '-'");
    }

    [Test]
    public void Baseline_write_dash_prints_the_baseline_and_says_so_on_standard_error()
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf(ReportScenarios.DemoRepo));
        var outcome = CliHarness.InProcess(repo.Root, "baseline", "write", "-", "--root", repo.Root);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        Assert.That(outcome.Out, Does.StartWith("{"));
        Assert.That(outcome.Error, Does.Contain("wrote the baseline to standard output"));
        Assert.That(File.Exists(Path.Combine(repo.Root, "-")), Is.False, "no file named '-'");
    }

    [Test]
    public void Two_reports_on_standard_output_is_a_usage_error()
    {
        using var repo = new TempRepo(ReportScenarios.RepoOf("clean"));
        var outcome = CliHarness.InProcess(repo.Root, "check", "--rule-sets", "phantoms", "--root", repo.Root, "--json", "-", "--sarif", "-");
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.Contain("only one report can go to standard output"));
    }
}
