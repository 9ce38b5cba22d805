using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>
/// Issue 23's "done when", as a user runs it: on a repository whose tools/backup.sh was moved to tools/ops/backup.sh
/// and scripts/deploy.sh to scripts/release/deploy.sh (<c>tests/Fixtures/history/moved-scripts</c>), with
/// <c>maia-sre check</c> and every rule set.
/// </summary>
public sealed class FixScenarioTests
{
    private static readonly string[] OldPaths = ["tools/backup.sh", "scripts/deploy.sh"];
    private static readonly string[] Sources = ["README.md", "docs/guide.md", ".github/workflows/ci.yml", "scripts/nightly.sh"];

    [Test]
    public void Diff_shows_both_rewrites_and_changes_nothing()
    {
        using var repo = HistoryFixture.Load("moved-scripts").Build();
        var before = Sources.ToDictionary(s => s, s => File.ReadAllBytes(Path.Combine(repo.Root, s)));
        var outcome = CliHarness.AsProcess(repo.Root, "check", "--diff");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Error);
            Assert.That(outcome.Out, Does.Contain("-Back up with `tools/backup.sh`, then run `./scripts/deploy.sh`.\r\n"));
            Assert.That(outcome.Out, Does.Contain("+Back up with `tools/ops/backup.sh`, then run `./scripts/release/deploy.sh`.\r\n"));
            Assert.That(outcome.Out, Does.Not.Contain("+Set up with"), "the name in two folders is not rewritten");
            Assert.That(outcome.Error, Does.Contain("Would fix 8 references in 4 files."));
            Assert.That(Sources.All(s => File.ReadAllBytes(Path.Combine(repo.Root, s)).SequenceEqual(before[s])), Is.True, "--diff changes nothing");
            Assert.That(repo.Git("status", "--porcelain"), Is.Empty);
        });
    }

    [Test]
    public void Fix_rewrites_every_mention_and_a_second_run_reports_only_the_ambiguous_one()
    {
        using var repo = HistoryFixture.Load("moved-scripts").Build();
        var fixedRun = CliHarness.InProcess(repo.Root, "check", "--fix", "--no-color");
        Assert.That(fixedRun.ExitCode, Is.EqualTo(0), fixedRun.Out + fixedRun.Error);
        var text = Sources.ToDictionary(s => s, s => File.ReadAllText(Path.Combine(repo.Root, s)));
        Assert.Multiple(() =>
        {
            Assert.That(fixedRun.Out, Does.Contain("Fixed 8 references in 4 files."));
            foreach (var source in Sources)
            {
                Assert.That(OldPaths.Where(old => System.Text.RegularExpressions.Regex.IsMatch(text[source], $@"(?<![\w/]){System.Text.RegularExpressions.Regex.Escape(old)}")), Is.Empty, source);
            }

            Assert.That(text["README.md"], Is.EqualTo(
                "# Operations\r\n\r\nBack up with `tools/ops/backup.sh`, then run `./scripts/release/deploy.sh`.\r\n" +
                "See [the deploy script](scripts/release/deploy.sh#usage) and [backups](<tools/ops/backup.sh>).\r\n" +
                "Set up with `bin/setup.sh` first.\r\n"),
                "CRLF, ./, the #fragment and the angle brackets kept; the name in two folders untouched");
            Assert.That(text["docs/guide.md"], Does.Contain("[deploy](../scripts/release/deploy.sh) or \"../tools/ops/backup.sh\""), "relative stays relative");
            Assert.That(text["scripts/nightly.sh"], Does.Contain("\"$SCRIPT_DIR/../tools/ops/backup.sh\""));
            Assert.That(text[".github/workflows/ci.yml"], Does.Contain("run: bash scripts/release/deploy.sh --dry-run"));
        });

        var second = CliHarness.AsProcess(repo.Root, "check", "--no-color");
        Assert.Multiple(() =>
        {
            Assert.That(second.ExitCode, Is.EqualTo(0), second.Error);
            Assert.That(second.FindingLines.Where(l => l.Contains("MSRE1001", StringComparison.Ordinal)), Is.EqualTo(new[]
            {
                "README.md(5,14): warning MSRE1001: 'bin/setup.sh': no such file in the repository; did you mean 'ops/setup.sh'?",
            }));
            Assert.That(second.FindingLines.Where(l => !l.Contains("MSRE1001", StringComparison.Ordinal)), Has.All.Contains("MSRE2003"), "besides it only preflight's note that the fixes are not committed yet");
            Assert.That(second.Out, Does.Not.Contain("fixable"));
        });
    }

    [Test]
    public void Messages_name_the_commits_and_a_depth_1_clone_finds_the_same_without_history()
    {
        using var repo = HistoryFixture.Load("moved-scripts").Build();
        using var clone = HistoryFixture.ShallowClone(repo);
        var full = CliHarness.InProcess(repo.Root, "check", "--no-color");
        var shallow = CliHarness.AsProcess(clone.Root, "check", "--no-color");
        var reorganise = repo.Git("log", "-1", "--format=%h (%as, \"%s\")", "--", "tools/ops/backup.sh").Trim();
        var move = repo.Git("log", "-1", "--format=%h (%as, \"%s\")", "--", "scripts/release/deploy.sh").Trim();

        static IEnumerable<string> Phantoms(CliHarness.Outcome o) => o.FindingLines.Where(l => l.Contains("MSRE1001", StringComparison.Ordinal));
        static string Place(string line) => line[..line.IndexOf(": '", StringComparison.Ordinal)];
        Assert.Multiple(() =>
        {
            Assert.That(Phantoms(full), Has.Some.EndsWith($"renamed to 'tools/ops/backup.sh' in {reorganise}"));
            Assert.That(Phantoms(full), Has.Some.EndsWith($"renamed to 'scripts/release/deploy.sh' in {move}"));
            Assert.That(Phantoms(shallow).Select(Place), Is.EqualTo(Phantoms(full).Select(Place)), "the same findings, at the same places and severities");
            Assert.That(Phantoms(shallow), Has.None.Contains("renamed").And.None.Contains("deleted").And.None.Matches(@" in [0-9a-f]{7,} \("));
            Assert.That(full.Out, Does.Not.Contain("history:"), "history was read: nothing to say");
            Assert.That(shallow.Out.Split('\n').Count(l => l.Contains("git history is not available (shallow clone", StringComparison.Ordinal)), Is.EqualTo(1), "said once, not per line");
        });
    }
}
