using System.Diagnostics;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// The <c>.pre-commit-hooks.yaml</c> hook, installed and run by Debian's pre-commit offline: its <c>language: dotnet</c>
/// packs this repository (a plain root <c>dotnet pack</c>) and installs every package it yields as a tool, so these
/// runs also prove that the root pack yields only the tool package.
/// </summary>
[NonParallelizable]
public sealed class PreCommitTests
{
    private const string PlantedLine = ".github/workflows/ci.yml(7,19): error MSRE1001: 'scripts/lint.sh': no such file in the repository (critical: it is run from a CI workflow)";

    private HookRepository hook = null!;
    private TempRepo home = null!;

    [OneTimeSetUp]
    public void CreateHookRepository()
    {
        hook = new HookRepository();
        home = new TempRepo();
    }

    [OneTimeTearDown]
    public void Delete()
    {
        hook.Dispose();
        home.Dispose();
    }

    private ProcessRun.Result PreCommit(string repo, params string[] args)
    {
        var watch = Stopwatch.StartNew();
        var run = ProcessRun.Run("pre-commit", args, repo, new Dictionary<string, string?> { ["PRE_COMMIT_HOME"] = home.Root, ["PRE_COMMIT_COLOR"] = "never" });
        TestContext.Progress.WriteLine($"pre-commit {string.Join(' ', args.Take(2))}: {watch.Elapsed.TotalSeconds:F1} s");
        return run;
    }

    /// <summary>A git repository whose CI workflow runs a script that does not exist.</summary>
    private static TempRepo PlantedRepo()
    {
        var repo = new TempRepo();
        repo.Write(".github/workflows/ci.yml", "name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: bash scripts/lint.sh\n");
        repo.Write("README.md", "# Sample\n\nRun `make test`.\n");
        return repo.InitGit();
    }

    [Test]
    public void Try_repo_fails_on_the_samples_phantoms_with_the_canonical_lines()
    {
        using var sample = DemoSample.Copy().InitGit();
        var run = PreCommit(sample.Root, "try-repo", hook.Root, "maia-sre", "--all-files");
        DemoSample.AssertFailedOnPhantoms(run);
    }

    [Test]
    public void The_documented_config_fails_on_a_planted_phantom_checks_only_changed_files_and_passes_once_fixed()
    {
        var snippet = Readme.Blocks("docs/pre-commit.md", "`maia-sre`: built by pre-commit", "yaml").Single();
        Assert.That(snippet, Does.Contain("repo: https://github.com/maia-sre/Maia.Sre.Ci\n").And.Contain("rev: v0.1.0\n"));
        using var repo = PlantedRepo();
        repo.Write(".pre-commit-config.yaml", snippet
            .Replace("https://github.com/maia-sre/Maia.Sre.Ci", hook.Root, StringComparison.Ordinal)
            .Replace("v0.1.0", hook.Revision, StringComparison.Ordinal));
        repo.Git("add", "-A");

        var failing = PreCommit(repo.Root, "run", "--all-files");
        Assert.That(failing.ExitCode, Is.EqualTo(1), failing.ToString());
        Assert.That(DemoSample.Lines(failing.Out), Does.Contain(PlantedLine));

        var narrowed = PreCommit(repo.Root, "run", "--files", "README.md");
        Assert.That(narrowed.ExitCode, Is.EqualTo(0), "only README.md is checked: " + narrowed);

        repo.Write("scripts/lint.sh", "#!/bin/sh\necho lint\n");
        repo.Git("add", "-A");
        var fixedRun = PreCommit(repo.Root, "run", "--all-files");
        Assert.That(fixedRun.ExitCode, Is.EqualTo(0), fixedRun.ToString());
        Assert.That(fixedRun.Out, Does.Contain("maia-sre (phantom dependencies)").And.Contain("Passed"));
    }

    /// <summary>The hook fails on a warning the commit adds (a README's broken reference) and passes once it is fixed.</summary>
    [Test]
    public void Try_repo_fails_on_a_readme_that_gains_a_broken_reference_and_passes_once_fixed()
    {
        using var repo = PlantedRepo();
        repo.Write("scripts/lint.sh", "#!/bin/sh\n");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "no phantoms");
        repo.Write("README.md", "# Sample\n\nRun `make test`; see [the guide](docs/guide.md).\n");
        repo.Git("add", "-A");

        var broken = PreCommit(repo.Root, "try-repo", hook.Root, "maia-sre");
        Assert.That(broken.ExitCode, Is.EqualTo(1), broken.ToString());
        Assert.That(DemoSample.Lines(broken.Out), Does.Contain("README.md(3,34): warning MSRE1001: 'docs/guide.md': no such link target in the repository"));

        repo.Write("docs/guide.md", "# Guide\n");
        repo.Git("add", "-A");
        var fixedRun = PreCommit(repo.Root, "try-repo", hook.Root, "maia-sre");
        Assert.That(fixedRun.ExitCode, Is.EqualTo(0), fixedRun.ToString());
        TestContext.Progress.WriteLine($"try-repo: broken reference exit {broken.ExitCode}, fixed exit {fixedRun.ExitCode}");
    }

    /// <summary>
    /// Committing is how a merge ends: the installed hook checks the resolved files (pre-commit checks only the files
    /// that conflicted in a merge) and lets the merge commit through, though a merge is in progress and the tree is not clean.
    /// </summary>
    [Test]
    public void The_installed_hook_passes_the_commit_that_finishes_a_merge()
    {
        using var repo = PlantedRepo();
        repo.Write("scripts/lint.sh", "#!/bin/sh\n");
        repo.Write("docs/notes.md", "Notes.\n");
        repo.Write(".pre-commit-config.yaml", $"repos:\n  - repo: {hook.Root}\n    rev: {hook.Revision}\n    hooks:\n      - id: maia-sre\n");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "add the hook");
        repo.Git("checkout", "-q", "-b", "topic");
        repo.Write("docs/notes.md", "Run `scripts/lint.sh` before pushing.\n");
        repo.Git("commit", "-q", "-am", "topic");
        repo.Git("checkout", "-q", "main");
        repo.Write("docs/notes.md", "Run `make test` before pushing.\n");
        repo.Git("commit", "-q", "-am", "main");
        Assert.That(PreCommit(repo.Root, "install").ExitCode, Is.EqualTo(0));
        Assert.Throws<InvalidOperationException>(() => repo.Git("merge", "-q", "topic"), "the merge conflicts");
        repo.Write("docs/notes.md", "Run `make test`, then `scripts/lint.sh`, before pushing.\n");
        repo.Git("add", "docs/notes.md");

        var commit = ProcessRun.Run("git", ["commit", "--no-edit"], repo.Root, new Dictionary<string, string?> { ["PRE_COMMIT_HOME"] = home.Root, ["PRE_COMMIT_COLOR"] = "never" });
        Assert.That(commit.ExitCode, Is.EqualTo(0), commit.ToString());
        Assert.That(commit.All, Does.Contain("maia-sre (phantom dependencies)").And.Contain("Passed"), commit.ToString());
        Assert.That(File.Exists(Path.Combine(repo.Root, ".git", "MERGE_HEAD")), Is.False, "the merge is committed");
    }
}
