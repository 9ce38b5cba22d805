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
    public void The_readme_config_fails_on_a_planted_phantom_checks_only_changed_files_and_passes_once_fixed()
    {
        var snippet = Readme.Blocks("pre-commit", "yaml").Single();
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
}
