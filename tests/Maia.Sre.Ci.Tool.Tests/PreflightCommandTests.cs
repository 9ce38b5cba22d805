using System.Text.Json;
using Maia.Sre.Ci.TestSupport;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary><c>maia-sre preflight</c> on real clones: text shape, JSON summary, exit codes.</summary>
public sealed class PreflightCommandTests
{
    private const string Config = """{"preflight": {"requiredPaths": [{"path": "tools/build.sh", "executable": true}], "requiredCommands": [{"name": "git", "minVersion": "2.0"}]}}""";

    /// <summary>A configured origin and a full clone of it with an identity.</summary>
    private static (TempRepo Origin, TempRepo Clone) CleanClone()
    {
        var origin = new TempRepo();
        origin.Write(".maia-sre.json", Config);
        origin.Write("tools/build.sh", "#!/usr/bin/env bash\necho build\n");
        origin.Write(".github/workflows/ci.yml", "on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - run: bash tools/build.sh\n");
        origin.InitGit();
        var clone = new TempRepo();
        origin.Git("clone", "-q", "file://" + origin.Root, clone.Root);
        clone.Git("config", "user.name", "CI");
        clone.Git("config", "user.email", "ci@example.invalid");
        return (origin, clone);
    }

    private static CliHarness.Outcome Run(TempRepo repo, params string[] args)
    {
        using var git = new IsolatedGit();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(["preflight", "--root", repo.Root, "--no-color", .. args], new CliEnvironment(stdout, stderr, repo.Root) { OutputIsTerminal = false, ProcessRunner = git.Runner });
        return new CliHarness.Outcome(code, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void A_clean_configured_clone_is_ready_and_exits_0()
    {
        var (origin, clone) = CleanClone();
        using var _ = origin;
        using var __ = clone;
        var outcome = Run(clone);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Out + outcome.Error);
        Assert.That(outcome.Out, Is.EqualTo("maia-sre: no findings; 12 preflight checks; PASS\n"));

        var verbose = Run(clone, "--verbose");
        Assert.That(verbose.Out, Does.StartWith("Preflight checks (12):\n  passed   MSRE2001 git.work-tree: inside a git work tree\n"));
        Assert.That(verbose.Out, Does.Contain("  passed   MSRE2008 executable:tools/build.sh: 'tools/build.sh' runs through its interpreter 'bash'"));
        Assert.That(verbose.Out, Does.Contain("  passed   MSRE2013 .github/workflows/ci.yml: '.github/workflows/ci.yml' references no phantom"));
        Assert.That(verbose.Out, Does.EndWith("Fail level: critical and above; 0 findings fail the run\nmaia-sre: no findings; 12 preflight checks; PASS\n"));
    }

    [Test]
    public void A_clean_clone_also_passes_as_a_real_process()
    {
        var (origin, clone) = CleanClone();
        using var _ = origin;
        using var __ = clone;
        var outcome = CliHarness.AsProcess(clone.Root, "preflight", "--no-color");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Out + outcome.Error);
        Assert.That(outcome.Out, Does.EndWith("; PASS\n"));
    }

    [Test]
    public void A_mid_merge_clone_is_blocked_exits_1_and_the_json_summary_counts_checks()
    {
        var (origin, clone) = CleanClone();
        using var _ = origin;
        using var __ = clone;
        clone.Write("MERGE_NOTE.txt", "x\n");
        File.WriteAllText(Path.Combine(clone.Root, ".git", "MERGE_HEAD"), clone.Git("rev-parse", "HEAD"));
        var outcome = Run(clone, "--json", "-");
        Assert.That(outcome.ExitCode, Is.EqualTo(1));

        var text = Run(clone);
        Assert.That(text.FindingLines, Is.EqualTo(new[]
        {
            "maia-sre: warning MSRE2003: the working tree has 1 changed file: MERGE_NOTE.txt",
            "maia-sre: error MSRE2004: a merge is in progress; finish or abort it before the job runs",
        }));
        Assert.That(text.Out.Split('\n')[^2], Is.EqualTo("maia-sre: 1 critical, 1 warning; 12 preflight checks; FAIL"));
        var verbose = Run(clone, "--verbose").Out;
        Assert.That(verbose, Does.Contain("  failed   MSRE2004 git.operation: a merge is in progress; finish or abort it before the job runs\n  warning  MSRE2003 git.clean: the working tree has 1 changed file: MERGE_NOTE.txt\n"));
        Assert.That(verbose.Split('\n').Count(l => l.Contains("PASS", StringComparison.Ordinal) || l.Contains("FAIL", StringComparison.Ordinal)), Is.EqualTo(1), "one verdict: " + verbose);
    }

    /// <summary>The gate's phantom is a finding printed above the summary, so the summary counts it (it said "no findings; … FAIL").</summary>
    [Test]
    public void A_phantom_in_a_critical_source_is_counted_in_the_summary()
    {
        var (origin, clone) = CleanClone();
        using var _ = origin;
        using var __ = clone;
        clone.Write(".github/workflows/ci.yml", "on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - run: bash tools/release.sh\n");
        clone.Git("commit", "-q", "-am", "release step");
        var outcome = Run(clone);
        Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Out + outcome.Error);
        Assert.That(outcome.FindingLines, Is.EqualTo(new[] { ".github/workflows/ci.yml(6,19): error MSRE1001: 'tools/release.sh': no such file in the repository (critical: it is run from a CI workflow)" }));
        Assert.That(outcome.Out.Split('\n')[^2], Is.EqualTo("maia-sre: 1 phantom (1 critical); 12 preflight checks; FAIL"));
    }

    [Test]
    public void Json_summary_has_the_preflight_totals()
    {
        var (origin, clone) = CleanClone();
        using var _ = origin;
        using var __ = clone;
        clone.Git("config", "--unset", "user.email");
        var json = Path.Combine(origin.Root, "report.json");
        Assert.That(Run(clone, "--json", json).ExitCode, Is.EqualTo(0));
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var summary = doc.RootElement.GetProperty("summary");
        var figures = new[] { "checks", "passed", "failed", "warnings", "criticalFailures" }.Select(k => summary.GetProperty(k).GetInt32());
        Assert.That(figures, Is.EqualTo(new[] { 12, 11, 0, 1, 0 }));
        Assert.That(doc.RootElement.GetProperty("findings")[0].GetProperty("ruleId").GetString(), Is.EqualTo("MSRE2002"));
        Assert.That(Run(clone, "--fail-on", "warning").ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Rules_lists_every_preflight_rule()
    {
        var rules = CliHarness.InProcess(Path.GetTempPath(), "rules").Out;
        for (var id = 2001; id <= 2013; id++)
        {
            Assert.That(rules, Does.Contain($"MSRE{id}"));
        }

        Assert.That(rules, Does.Contain("git-work-tree").And.Contain("preflight"));
    }
}
