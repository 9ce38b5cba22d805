using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// The <c>maia-sre-system</c> hook (<c>language: system</c>): the <c>maia-sre</c> already installed, from <c>PATH</c>
/// or, with the <c>entry</c> docs/pre-commit.md shows, from a local tool manifest; run by Debian's pre-commit offline.
/// </summary>
[NonParallelizable]
public sealed class PreCommitSystemHookTests
{
    private const string PlantedLine = ".github/workflows/ci.yml(7,19): error MSRE1001: 'scripts/lint.sh': no such file in the repository (critical: it is run from a CI workflow)";

    private HookRepository hook = null!;
    private TempRepo home = null!;
    private DotnetSandbox sandbox = null!;
    private string tools = "";

    [OneTimeSetUp]
    public void InstallTheTool()
    {
        hook = new HookRepository();
        home = new TempRepo();
        sandbox = new DotnetSandbox();
        tools = Path.Combine(sandbox.Root, "tools");
        var install = sandbox.Dotnet(RepoPaths.Root, "tool", "install", "--tool-path", tools, "Maia.Sre.Ci.Tool", "--version", PackedFeed.ToolVersion, "--add-source", PackedFeed.Folder);
        Assert.That(install.ExitCode, Is.EqualTo(0), install.ToString());
    }

    [OneTimeTearDown]
    public void Delete()
    {
        hook.Dispose();
        home.Dispose();
        sandbox.Dispose();
    }

    private ProcessRun.Result PreCommit(string repo, string path, params string[] args)
    {
        var environment = new Dictionary<string, string?>(sandbox.Environment) { ["PRE_COMMIT_HOME"] = home.Root, ["PRE_COMMIT_COLOR"] = "never", ["PATH"] = path };
        return ProcessRun.Run("pre-commit", args, repo, environment);
    }

    private string PathWithTheTool => tools + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

    /// <summary>A git repository whose CI workflow runs a script that does not exist.</summary>
    private static TempRepo PlantedRepo()
    {
        var repo = new TempRepo();
        repo.Write(".github/workflows/ci.yml", "name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: bash scripts/lint.sh\n");
        repo.Write("README.md", "# Sample\n\nRun `make test`.\n");
        return repo.InitGit();
    }

    private string Config(string heading) => Readme.Blocks("docs/pre-commit.md", heading, "yaml").Single()
        .Replace("https://github.com/maia-sre/Maia.Sre.Ci", hook.Root, StringComparison.Ordinal)
        .Replace("v0.1.0", hook.Revision, StringComparison.Ordinal);

    [Test]
    public void Try_repo_fails_on_a_planted_phantom_and_passes_once_fixed()
    {
        using var repo = PlantedRepo();
        var failing = PreCommit(repo.Root, PathWithTheTool, "try-repo", hook.Root, "maia-sre-system", "--all-files");
        Assert.That(failing.ExitCode, Is.EqualTo(1), failing.ToString());
        Assert.That(DemoSample.Lines(failing.Out), Does.Contain(PlantedLine));

        repo.Write("scripts/lint.sh", "#!/bin/sh\necho lint\n");
        repo.Git("add", "-A");
        var passing = PreCommit(repo.Root, PathWithTheTool, "try-repo", hook.Root, "maia-sre-system", "--all-files");
        Assert.That(passing.ExitCode, Is.EqualTo(0), passing.ToString());
        Assert.That(passing.Out, Does.Contain("maia-sre (phantom dependencies, installed tool)").And.Contain("Passed"));
    }

    [Test]
    public void The_documented_config_runs_the_tool_on_path()
    {
        using var repo = PlantedRepo();
        repo.Write(".pre-commit-config.yaml", Config("`maia-sre-system`: the installed tool"));
        repo.Git("add", "-A");
        var failing = PreCommit(repo.Root, PathWithTheTool, "run", "--all-files");
        Assert.That(failing.ExitCode, Is.EqualTo(1), failing.ToString());
        Assert.That(DemoSample.Lines(failing.Out), Does.Contain(PlantedLine));
    }

    /// <summary>Without the tool the hook fails and says what is missing, instead of passing silently.</summary>
    [Test]
    public void Without_the_tool_on_path_the_hook_fails_naming_it()
    {
        using var repo = PlantedRepo();
        var run = PreCommit(repo.Root, "/usr/bin:/bin", "try-repo", hook.Root, "maia-sre-system", "--all-files");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Out, Does.Contain("Executable `maia-sre` not found"));
    }

    [Test]
    public void The_local_tool_manifest_variant_runs_the_pinned_version_and_passes_once_fixed()
    {
        using var repo = PlantedRepo();
        Assert.That(sandbox.Dotnet(repo.Root, "new", "tool-manifest").ExitCode, Is.EqualTo(0));
        var install = sandbox.Dotnet(repo.Root, "tool", "install", "--local", "Maia.Sre.Ci.Tool", "--version", PackedFeed.ToolVersion, "--add-source", PackedFeed.Folder);
        Assert.That(install.ExitCode, Is.EqualTo(0), install.ToString());
        var config = Config("The local tool manifest's version");
        Assert.That(config, Does.Contain("entry: dotnet tool run maia-sre check --pre-commit\n"));
        repo.Write(".pre-commit-config.yaml", config);
        repo.Git("add", "-A");

        // No maia-sre on PATH: only the manifest's tool can answer.
        var path = Path.GetDirectoryName(ProcessRun.Run("bash", ["-c", "command -v dotnet"], repo.Root).Out.Trim()) + ":/usr/bin:/bin";
        var failing = PreCommit(repo.Root, path, "run", "--all-files");
        Assert.That(failing.ExitCode, Is.EqualTo(1), failing.ToString());
        Assert.That(DemoSample.Lines(failing.Out), Does.Contain(PlantedLine));

        repo.Write("scripts/lint.sh", "#!/bin/sh\necho lint\n");
        repo.Git("add", "-A");
        var passing = PreCommit(repo.Root, path, "run", "--all-files");
        Assert.That(passing.ExitCode, Is.EqualTo(0), passing.ToString());
    }
}
