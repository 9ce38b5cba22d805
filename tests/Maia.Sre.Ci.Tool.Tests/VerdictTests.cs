using System.Text.RegularExpressions;
using System.Xml.Linq;
using Maia.Sre.Ci.TestSupport;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>
/// One verdict per run, the same everywhere, in a quiet output: the findings, one line each, then one summary line;
/// the lint stage makes no git-state check unless configured; each problem is counted once.
/// </summary>
public sealed partial class VerdictTests
{
    private static TempRepo Demo() => new(ReportScenarios.RepoOf(ReportScenarios.DemoRepo));

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int Verdicts(string text) => Lines(text).Count(l => VerdictWord().IsMatch(l));

    [Test]
    public void A_clean_repository_prints_one_line()
    {
        using var repo = Fixture.Load("clean").CopyToTemp().InitGit();
        var outcome = CliHarness.AsProcess(repo.Root, "check", "--no-color");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        Assert.That(outcome.Out, Is.EqualTo("maia-sre: no phantoms in 3 files; health 100.0/100; PASS\n"));
        Assert.That(outcome.Error, Is.Empty);
    }

    [Test]
    public void A_folder_that_is_not_a_git_work_tree_is_fine_for_check()
    {
        using var repo = Fixture.Load("clean").CopyToTemp();
        var outcome = CliHarness.AsProcess(repo.Root, "check", "--root", repo.Root, "--no-color");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Out + outcome.Error);
        Assert.That(outcome.FindingLines, Is.Empty);
    }

    /// <summary>What actions/checkout gives: a shallow clone with no git identity. No phantoms, so nothing to fail on.</summary>
    [Test]
    public void A_shallow_clone_without_identity_passes_at_fail_on_warning()
    {
        using var origin = Fixture.Load("clean").CopyToTemp().InitGit();
        origin.Write("CHANGELOG.md", "# Changes\n");
        origin.Git("add", "-A");
        origin.Git("commit", "-q", "-m", "second");
        using var clone = new TempRepo();
        origin.Git("clone", "-q", "--depth", "1", "file://" + origin.Root, clone.Root);
        using var git = new IsolatedGit();
        var stdout = new StringWriter();
        var code = CliApp.Run(["check", "--root", clone.Root, "--fail-on", "warning", "--no-color"], new CliEnvironment(stdout, new StringWriter(), clone.Root) { OutputIsTerminal = false, ProcessRunner = git.Runner });
        Assert.That(code, Is.EqualTo(0), stdout.ToString());
        Assert.That(stdout.ToString(), Does.Not.Contain("MSRE2002").And.Not.Contain("MSRE2006"));
    }

    [Test]
    public void The_demo_counts_each_problem_once_and_its_summary_matches_its_findings()
    {
        using var repo = Demo();
        var outcome = CliHarness.AsProcess(repo.Root, "check", "--root", repo.Root, "--no-color");
        Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Error);
        var lines = outcome.FindingLines;
        Assert.That(lines.Where(l => l.Contains("MSRE2013", StringComparison.Ordinal)), Is.Empty, "a phantom in a critical source is one MSRE1001 finding");
        Assert.That(lines.Select(l => l.Split(": ")[0]), Is.Unique, "no place reported twice");

        var summary = Lines(outcome.Out)[^1];
        var match = DemoSummary().Match(summary);
        Assert.That(match.Success, Is.True, summary);
        var phantoms = lines.Where(l => l.Contains(" MSRE1001: ", StringComparison.Ordinal)).ToList();
        Assert.That(Number(match, "phantoms"), Is.EqualTo(phantoms.Count));
        Assert.That(Number(match, "critical"), Is.EqualTo(lines.Count(l => l.Contains(": error ", StringComparison.Ordinal))));
        Assert.That(Number(match, "notes"), Is.EqualTo(lines.Count(l => l.Contains(": info ", StringComparison.Ordinal))));
        Assert.That(Lines(outcome.Out)[^2], Does.StartWith("maia-sre: git history is not available"), "the copy is not a git work tree: said once");
        Assert.That(Lines(outcome.Out), Has.Length.EqualTo(lines.Count + 2), "the findings, the history note, then the one summary line");
    }

    [TestCase("check")]
    [TestCase("check", "--verbose")]
    [TestCase("phantoms", "--verbose")]
    [TestCase("preflight", "--verbose")]
    [TestCase("check", "--baseline", "BASELINE")]
    public void No_run_prints_two_verdicts(params string[] args)
    {
        using var repo = Demo().InitGit();
        var baseline = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".baseline.json");
        Assert.That(CliHarness.InProcess(repo.Root, "baseline", "write", baseline, "--root", repo.Root).ExitCode, Is.EqualTo(0));
        repo.Write("docs/new.md", "Run `tools/never_written.sh` in CI.\n");
        var outcome = CliHarness.InProcess(repo.Root, [.. args.Select(a => a == "BASELINE" ? baseline : a), "--root", repo.Root, "--no-color"]);
        File.Delete(baseline);
        Assert.That(Verdicts(outcome.Out), Is.EqualTo(1), outcome.Out);
        var last = Lines(outcome.Out)[^1];
        Assert.That(last, Does.StartWith("maia-sre: ").And.EndWith(outcome.ExitCode == 1 ? "; FAIL" : "; PASS"), outcome.Out);
    }

    [Test]
    public void Quiet_prints_only_the_findings_and_verbose_the_figures_behind_the_summary()
    {
        using var repo = Demo();
        var normal = CliHarness.InProcess(repo.Root, "phantoms", "--root", repo.Root);
        var quiet = CliHarness.InProcess(repo.Root, "phantoms", "--root", repo.Root, "-q");
        var verbose = CliHarness.InProcess(repo.Root, "phantoms", "--root", repo.Root, "--verbose");
        Assert.That(quiet.ExitCode, Is.EqualTo(normal.ExitCode));
        Assert.That(Lines(quiet.Out), Is.EqualTo(normal.FindingLines), "-q: every finding, nothing else");
        Assert.That(verbose.Out, Does.Contain("Phantom dependencies: 15 files scanned, 27 dependencies, 18 files in the inventory"));
        Assert.That(verbose.Out, Does.Contain("Fail level: critical and above; 7 findings fail the run"));
        Assert.That(Lines(verbose.Out)[^1], Is.EqualTo(Lines(normal.Out)[^1]));
        Assert.That(CliHarness.InProcess(repo.Root, "phantoms", "-q", "--verbose").ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void Single_points_of_failure_are_figures_without_verdict_labels()
    {
        using var repo = Fixture.Load("original-layout").CopyToTemp();
        var verbose = CliHarness.InProcess(repo.Root, "phantoms", "--root", repo.Root, "--verbose").Out;
        Assert.That(verbose, Does.Contain("    claude/tools/automation/whisper_dictation_server.py: referenced from 5 files\n"));
        Assert.That(verbose, Does.Not.Contain(" ok "));
    }

    [Test]
    public void Counts_are_written_with_their_plurals()
    {
        using var repo = new TempRepo();
        repo.Write("README.md", "See [the script](tools/gone.sh).\n");
        var outcome = CliHarness.InProcess(repo.Root, "phantoms", "--root", repo.Root, "--verbose");
        Assert.That(outcome.Out, Does.Contain("Phantom dependencies: 1 file scanned, 1 dependency, 1 file in the inventory"));
        Assert.That(Lines(outcome.Out)[^1], Is.EqualTo("maia-sre: 1 phantom in 1 file; health 50.0/100; PASS"));
    }

    [TestCase(null, null, false, false)]
    [TestCase(null, "1", false, true)]
    [TestCase("1", "1", false, false)]
    [TestCase(null, "0", false, false)]
    [TestCase(null, null, true, true)]
    [TestCase("1", null, true, false)]
    public void Colour_on_a_terminal_or_when_forced_never_with_no_color(string? noColor, string? forceColor, bool terminal, bool coloured)
    {
        using var repo = Fixture.Load("markdown-links").CopyToTemp();
        var variables = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["FORCE_COLOR"] = forceColor };
        var stdout = new StringWriter();
        var env = new CliEnvironment(stdout, new StringWriter(), repo.Root) { OutputIsTerminal = terminal, GetVariable = n => variables.GetValueOrDefault(n) };
        CliApp.Run(["phantoms", "--root", repo.Root], env);
        Assert.That(stdout.ToString().Contains('\u001b', StringComparison.Ordinal), Is.EqualTo(coloured), stdout.ToString());
        Assert.That(Regex.Replace(stdout.ToString(), "\u001b\\[[0-9;]*m", ""), Does.Contain("README.md(4,17): warning MSRE1001: 'docs/intro.md'"));
    }

    [Test]
    public void A_passing_run_writes_junit_without_failures_and_a_failing_one_fails_only_what_fails()
    {
        using var repo = Fixture.Load("markdown-links").CopyToTemp(); // warnings only
        var junit = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".xml");
        Assert.That(CliHarness.InProcess(repo.Root, "phantoms", "--root", repo.Root, "--junit", junit).ExitCode, Is.EqualTo(0));
        var passing = XDocument.Load(junit);
        Assert.That(passing.Descendants("failure"), Is.Empty);
        Assert.That(passing.Descendants("system-out").Select(e => e.Value), Has.Some.Contains("warning MSRE1001"), "still listed");

        Assert.That(CliHarness.InProcess(repo.Root, "phantoms", "--root", repo.Root, "--junit", junit, "--fail-on", "warning").ExitCode, Is.EqualTo(1));
        Assert.That(XDocument.Load(junit).Descendants("failure"), Is.Not.Empty);
        File.Delete(junit);
    }

    [Test]
    public void A_baseline_never_records_the_state_of_the_clone()
    {
        using var repo = Demo().InitGit();
        repo.Write(".maia-sre.json", """{ "phantoms": { "critical": { "keywords": ["backup"] } }, "preflight": { "git": { "clean": "warning" } } }""");
        repo.Write("uncommitted.txt", "x\n");
        var baseline = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".baseline.json");
        var check = CliHarness.InProcess(repo.Root, "check", "--root", repo.Root);
        Assert.That(check.FindingLines, Has.Some.Contains("warning MSRE2003"), "the configured clean-tree check runs in the lint stage");
        Assert.That(CliHarness.InProcess(repo.Root, "baseline", "write", baseline, "--root", repo.Root).ExitCode, Is.EqualTo(0));
        var text = File.ReadAllText(baseline);
        File.Delete(baseline);
        Assert.That(text, Does.Contain("MSRE1001").And.Not.Contain("MSRE2003"));
    }

    [GeneratedRegex(@"\b(PASS|FAIL|STATUS|Verdict|ready|blocked)\b")]
    private static partial Regex VerdictWord();

    [GeneratedRegex(@"^maia-sre: (?<phantoms>\d+) phantoms \((?<critical>\d+) critical\), (?<notes>\d+) notes? in \d+ files; health [\d.]+/100(?:; \d+ fixable with [^;]+)?; FAIL$")]
    private static partial Regex DemoSummary();
}
