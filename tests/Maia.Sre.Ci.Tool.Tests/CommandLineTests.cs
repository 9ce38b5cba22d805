using System.Text.Json;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

public sealed class CommandLineTests
{
    private static TempRepo Fixture(string name) => TestSupport.Fixture.Load(name).CopyToTemp();

    [Test]
    public void Critical_phantoms_exit_1_and_clean_repositories_exit_0()
    {
        using var broken = Fixture("workflows");
        using var clean = Fixture("clean").InitGit(); // check includes preflight, which needs a git work tree
        Assert.That(CliHarness.InProcess(broken.Root, "check").ExitCode, Is.EqualTo(1));
        Assert.That(CliHarness.InProcess(clean.Root, "check").ExitCode, Is.EqualTo(0));
    }

    [TestCase("never", 0)]
    [TestCase("critical", 0)]
    [TestCase("error", 0)]
    [TestCase("warning", 1)]
    public void Fail_on_sets_the_threshold(string level, int expected)
    {
        using var repo = Fixture("markdown-links"); // warnings only
        Assert.That(CliHarness.InProcess(repo.Root, "phantoms", "--fail-on", level).ExitCode, Is.EqualTo(expected));
    }

    [Test]
    public void Unknown_option_exits_2_with_usage_and_a_suggestion()
    {
        var outcome = CliHarness.InProcess(Path.GetTempPath(), "check", "--fial-on", "never");
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.Contain("unknown option '--fial-on' for 'check'; did you mean '--fail-on'?"));
        Assert.That(outcome.Error, Does.Contain("Usage: maia-sre check"));
    }

    [TestCase(new[] { "chek" }, "unknown command 'chek'; did you mean 'check'?")]
    [TestCase(new[] { "check", "--fail-on", "sometimes" }, "must be one of critical|error|warning|never")]
    [TestCase(new[] { "check", "--root" }, "needs a value")]
    [TestCase(new[] { "check", "--root", "/no/such/folder" }, "no such folder")]
    [TestCase(new[] { "check", "--root", "README.md" }, "--root 'README.md': is a file, not a folder")]
    [TestCase(new[] { "check", "--config", "missing.json" }, "missing.json: error MSRE0001: file not found")]
    [TestCase(new string[0], "Usage: maia-sre <command>")]
    public void Usage_and_input_errors_exit_2(string[] args, string message)
    {
        using var repo = Fixture("clean");
        var outcome = CliHarness.InProcess(repo.Root, args);
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.Contain(message));
    }

    [Test]
    public void Broken_configuration_exits_2_naming_file_line_and_column()
    {
        using var repo = Fixture("clean");
        repo.Write(".maia-sre.json", "{\n  \"phantoms\": {\n    \"spofTreshold\": 3\n  }\n}\n");
        var outcome = CliHarness.AsProcess(repo.Root, "check", "--root", repo.Root);
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error.Trim(), Is.EqualTo(".maia-sre.json(3,5): error MSRE0001: unknown key 'spofTreshold' in 'phantoms'; did you mean 'spofThreshold'?"));
        Assert.That(outcome.Error, Does.Not.Contain("   at "));
    }

    [Test]
    public void Paths_narrow_the_sources_but_not_the_inventory()
    {
        using var repo = Fixture("original-layout");
        var outcome = CliHarness.InProcess(repo.Root, "phantoms", "--fail-on", "never", "claude/agents/sre_agent.md", "scripts");
        Assert.That(outcome.FindingLines.Select(l => l.Split('(')[0]).Distinct(), Is.EqualTo(new[] { "claude/agents/sre_agent.md", "scripts/nightly.sh" }));
    }

    [Test]
    public void Critical_only_prints_only_critical_findings()
    {
        using var repo = Fixture("original-layout");
        var lines = CliHarness.InProcess(repo.Root, "phantoms", "--critical-only").FindingLines;
        Assert.That(lines, Is.Not.Empty.And.All.Contains(": error MSRE1001:"));
    }

    [Test]
    public void Json_report_follows_the_documented_contract()
    {
        using var repo = Fixture("original-layout");
        var outcome = CliHarness.InProcess(repo.Root, "phantoms", "--json", "-");
        using var doc = JsonDocument.Parse(outcome.Out);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("tool").GetProperty("name").GetString(), Is.EqualTo("maia-sre"));
        var summary = root.GetProperty("summary");
        Assert.That(summary.GetProperty("sourcesScanned").GetInt32(), Is.EqualTo(9));
        Assert.That(summary.GetProperty("phantoms").GetInt32(), Is.EqualTo(12));
        Assert.That(summary.GetProperty("criticalPhantoms").GetInt32(), Is.EqualTo(6));
        Assert.That(summary.GetProperty("healthScore").GetDouble(), Is.EqualTo(18.6));
        Assert.That(summary.GetProperty("status").GetString(), Is.EqualTo("fail"));
        var finding = root.GetProperty("findings")[0];
        foreach (var key in new[] { "ruleId", "rule", "severity", "message", "file", "line", "column", "reference", "suggestion" })
        {
            Assert.That(finding.TryGetProperty(key, out _), Is.True, key);
        }

        var spof = root.GetProperty("singlePointsOfFailure")[0];
        Assert.That((spof.GetProperty("tool").GetString(), spof.GetProperty("references").GetInt32(), spof.GetProperty("exists").GetBoolean()),
            Is.EqualTo(("claude/tools/automation/whisper_dictation_server.py", 5, true)));
    }

    [Test]
    public void Json_report_file_is_written_and_cannot_overwrite_a_source()
    {
        using var repo = Fixture("clean").InitGit();
        Assert.That(CliHarness.InProcess(repo.Root, "check", "--json", "out/report.json").ExitCode, Is.EqualTo(0));
        Assert.That(File.Exists(Path.Combine(repo.Root, "out/report.json")), Is.True);
        var clobber = CliHarness.InProcess(repo.Root, "check", "--json", "README.md");
        Assert.That(clobber.ExitCode, Is.EqualTo(2));
        Assert.That(clobber.Error, Does.Contain("cannot write report 'README.md': it is one of the scanned sources"));
        Assert.That(File.ReadAllText(Path.Combine(repo.Root, "README.md")), Does.StartWith("Run `tools/run.sh`"));
    }

    [Test]
    public void Init_writes_a_valid_starter_and_refuses_to_overwrite()
    {
        using var repo = new TempRepo().InitGit();
        Assert.That(CliHarness.InProcess(repo.Root, "init", "--root", repo.Root).ExitCode, Is.EqualTo(0));
        Assert.That(CliHarness.InProcess(repo.Root, "check", "--root", repo.Root).ExitCode, Is.EqualTo(0));
        var again = CliHarness.InProcess(repo.Root, "init", "--root", repo.Root);
        Assert.That((again.ExitCode, again.Error.Contains("already exists", StringComparison.Ordinal)), Is.EqualTo((2, true)));
    }

    [Test]
    public void Rules_lists_every_rule_and_version_and_help_work()
    {
        var rules = CliHarness.InProcess(Path.GetTempPath(), "rules");
        Assert.That(rules.Out, Does.Contain("MSRE1001  phantom-reference"));
        Assert.That(CliHarness.InProcess(Path.GetTempPath(), "--version").Out.Trim(), Does.Match(@"^\d+\.\d+\.\d+"));
        Assert.That(CliHarness.InProcess(Path.GetTempPath(), "check", "--help").Out, Does.Contain("--fail-on LEVEL"));
    }

    [Test]
    public void Rules_lists_the_configuration_rule_too_in_aligned_columns()
    {
        var lines = CliHarness.InProcess(Path.GetTempPath(), "rules").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[1], Does.StartWith("MSRE0001  configuration-error"));
        var column = lines[0].IndexOf("DESCRIPTION", StringComparison.Ordinal);
        Assert.That(lines.Where(l => l[(column - 2)..column] != "  " || l[column] == ' '), Is.Empty, "every description starts in the same column, two spaces after the widest value");
        Assert.That(lines.Where(l => l.StartsWith("MSRE3001", StringComparison.Ordinal)).Single(), Does.Contain("service-definition-invalid  services"));
    }

    [TestCase("check")]
    [TestCase("services")]
    [TestCase("graph")]
    public void Help_keeps_its_columns_aligned(string command)
    {
        var options = CliHarness.InProcess(Path.GetTempPath(), command, "--help").Out.Split('\n').SkipWhile(l => l != "Options:").Skip(1).Where(l => l.Length > 0).ToList();
        var starts = options.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\s*\S+(?: \S+)*\s{2,}").Length).Distinct();
        Assert.That(starts, Has.Exactly(1).Items, string.Join('\n', options));
    }

    [Test]
    public void Every_configuration_error_of_a_file_is_reported_in_one_run()
    {
        using var repo = Fixture("clean");
        repo.Write(".maia-sre.json", "{\n  \"phantoms\": { \"spofTreshold\": 3, \"sources\": 5 },\n  \"preflight\": { \"git\": { \"identity\": \"loud\" } },\n  \"bogus\": 1\n}\n");
        var outcome = CliHarness.AsProcess(repo.Root, "check", "--root", repo.Root);
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error.Trim().Split('\n'), Is.EqualTo(new[]
        {
            ".maia-sre.json(2,17): error MSRE0001: unknown key 'spofTreshold' in 'phantoms'; did you mean 'spofThreshold'?",
            ".maia-sre.json(2,47): error MSRE0001: 'phantoms.sources' must be an array of strings, not a number",
            ".maia-sre.json(3,39): error MSRE0001: 'preflight.git.identity' must be one of critical, error, warning, note, off, not 'loud'",
            ".maia-sre.json(4,3): error MSRE0001: unknown key 'bogus' in the configuration; known keys: phantoms, preflight, services",
        }));
    }

    [Test]
    public void The_pre_commit_hook_fails_on_warnings_unless_fail_on_says_otherwise()
    {
        using var repo = Fixture("markdown-links").InitGit(); // warnings only
        Assert.That(CliHarness.InProcess(repo.Root, "check").ExitCode, Is.EqualTo(0));
        Assert.That(CliHarness.InProcess(repo.Root, "check", "--pre-commit", "README.md").ExitCode, Is.EqualTo(1));
        Assert.That(CliHarness.InProcess(repo.Root, "check", "--pre-commit", "--fail-on", "critical", "README.md").ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void The_pre_commit_hook_passes_the_commit_that_finishes_a_merge_even_with_the_git_checks_configured()
    {
        using var repo = Fixture("clean").InitGit();
        repo.Write(".maia-sre.json", """{ "preflight": { "git": { "clean": "warning", "operationInProgress": "critical" } } }""");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "configure");
        File.WriteAllText(Path.Combine(repo.Root, ".git", "MERGE_HEAD"), repo.Git("rev-parse", "HEAD"));
        repo.Write("README.md", "Run `tools/run.sh` after the merge.\n");
        Assert.That(CliHarness.InProcess(repo.Root, "check", "--pre-commit", "README.md").ExitCode, Is.EqualTo(0));
        Assert.That(CliHarness.InProcess(repo.Root, "check").ExitCode, Is.EqualTo(1), "outside the hook the configured check blocks");
    }
}
