using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary><c>--changed-since</c> on real git repositories: deleting, renaming and editing commits, shallow clones.</summary>
public sealed class PullRequestModeTests
{
    private static TempRepo Repository()
    {
        var repo = new TempRepo();
        repo.Write(".maia-sre.json", "{ \"phantoms\": { \"critical\": { \"keywords\": [\"deploy\"] } } }\n");
        repo.Write("README.md", "# Project\nDeploy with `bash tools/deploy.sh`.\nReports come from `tools/report.sh`.\nOld notes mention `tools/never-existed.sh`.\nSee [the guide](docs/guide.md#setup).\n");
        repo.Write("docs/guide.md", "# Guide\n\n## Setup\n");
        repo.Write("docs/other.md", "Run `scripts/missing.py` first.\n");
        repo.Write("tools/deploy.sh", "#!/bin/sh\n");
        repo.Write("tools/report.sh", "#!/bin/sh\n");
        return repo.InitGit();
    }

    [Test]
    public void A_deleted_script_fails_on_the_unchanged_readme_line_and_nothing_else()
    {
        using var repo = Repository();
        repo.Git("rm", "-q", "tools/deploy.sh");
        repo.Git("commit", "-q", "-m", "delete the deploy script");

        var outcome = CliHarness.InProcess(repo.Root, "check", "--changed-since", "HEAD~1", "--no-color");
        Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Error);
        Assert.That(outcome.FindingLines, Has.Count.EqualTo(1));
        Assert.That(outcome.FindingLines[0], Does.StartWith("README.md(2,19): error MSRE1001: 'tools/deploy.sh': no such file in the repository"));

        // Without the option the older phantoms are reported too.
        Assert.That(CliHarness.InProcess(repo.Root, "check", "--fail-on", "never").FindingLines, Has.Count.EqualTo(3));
    }

    /// <summary>Every finding of pull-request mode is caused by the change, so a warning fails it unless --fail-on says otherwise.</summary>
    [Test]
    public void Deleting_a_script_a_readme_names_fails_by_default_and_fail_on_still_wins()
    {
        using var repo = Repository();
        repo.Git("rm", "-q", "tools/report.sh");
        repo.Git("commit", "-q", "-m", "delete the report script");

        var outcome = CliHarness.InProcess(repo.Root, "check", "--changed-since", "HEAD~1", "--no-color");
        Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Out + outcome.Error);
        Assert.That(outcome.FindingLines, Has.Count.EqualTo(1));
        Assert.That(outcome.FindingLines[0], Does.StartWith("README.md(3,20): warning MSRE1001: 'tools/report.sh': no such file in the repository; deleted in "));
        Assert.That(CliHarness.InProcess(repo.Root, "check", "--changed-since", "HEAD~1", "--fail-on", "critical").ExitCode, Is.EqualTo(0));
        Assert.That(CliHarness.InProcess(repo.Root, "check").ExitCode, Is.EqualTo(0), "a full check keeps failing on critical findings only");
    }

    [Test]
    public void A_renamed_script_is_suggested_by_its_new_path()
    {
        using var repo = Repository();
        repo.Git("mv", "tools/report.sh", "tools/build-report.sh");
        repo.Git("commit", "-q", "-m", "rename the report script");

        var outcome = CliHarness.AsProcess(repo.Root, "check", "--changed-since", "HEAD~1", "--fail-on", "never");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        var commit = repo.Git("log", "-1", "--format=%h (%as, \"%s\")").Trim();
        Assert.That(outcome.FindingLines, Is.EqualTo(new[]
        {
            $"README.md(3,20): warning MSRE1001: 'tools/report.sh': no such file in the repository; renamed to 'tools/build-report.sh' in {commit}",
        }));
    }

    [Test]
    public void Uncommitted_edits_count_and_anchors_into_changed_files_are_checked()
    {
        using var repo = Repository();
        repo.Write("docs/guide.md", "# Guide\n\n## Set-up\n");
        repo.Git("commit", "-q", "-am", "rename a heading");
        repo.Write("docs/other.md", "Run `tools/missing.py` first.\nThen read on.\n"); // not committed

        var outcome = CliHarness.InProcess(repo.Root, "phantoms", "--changed-since", "HEAD~1", "--fail-on", "never", "--no-color");
        Assert.That(outcome.FindingLines.Select(l => l.Split(':')[0] + ":" + l.Split(':')[1]), Is.EqualTo(new[]
        {
            "README.md(5,17): warning MSRE1006",
            "docs/other.md(1,6): warning MSRE1001",
        }));
        Assert.That(outcome.FindingLines[0], Does.EndWith("did you mean '#set-up'?"));
    }

    [Test]
    public void A_missing_reference_exits_2_naming_it_and_how_to_fetch_it()
    {
        using var repo = Repository();
        var outcome = CliHarness.InProcess(repo.Root, "check", "--changed-since", "origin/main");
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.Contain("'origin/main' is not a commit in this repository"));
        Assert.That(outcome.Error, Does.Contain("fetch-depth: 0").And.Contain("git fetch origin main"));
    }

    [Test]
    public void A_shallow_clone_without_the_base_exits_2()
    {
        using var origin = Repository();
        origin.Write("docs/other.md", "changed\n");
        origin.Git("commit", "-q", "-am", "second commit");
        using var clone = new TempRepo();
        clone.Git("clone", "-q", "--depth", "1", "file://" + origin.Root, ".");

        var outcome = CliHarness.AsProcess(clone.Root, "check", "--changed-since", "HEAD~1");
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.Contain("'HEAD~1' is not a commit in this repository"));
    }

    [Test]
    public void The_option_and_the_anchor_rule_are_listed()
    {
        Assert.That(CliHarness.InProcess(Path.GetTempPath(), "check", "--help").Out, Does.Contain("--changed-since REF"));
        Assert.That(CliHarness.InProcess(Path.GetTempPath(), "rules").Out, Does.Contain("MSRE1006  missing-anchor"));
    }
}
