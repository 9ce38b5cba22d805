using System.Runtime.Versioning;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests.Preflight;

/// <summary>MSRE2007–MSRE2010: required paths and commands, with fake tools on a real PATH.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class ToolsAndPathsTests
{
    private static TempRepo Repo() => new TempRepo().InitGit();

    /// <summary>A folder outside the repository holding a fake tool script.</summary>
    private static TempRepo FakeTool(string name, string body)
    {
        var bin = new TempRepo();
        var file = bin.Write(name, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return bin;
    }

    [SetUp]
    public void UnixOnly() => Assume.That(OperatingSystem.IsWindows(), Is.False, "fake tools are shell scripts");

    [Test]
    public void Required_paths_must_exist_and_be_executable_when_asked()
    {
        using var repo = Repo();
        File.SetUnixFileMode(repo.Write("tools/bit.sh", "echo hi\n"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        repo.Write("tools/shebang.py", "#!/usr/bin/env python3\nprint(1)\n");
        repo.Write("tools/plain.sh", "echo no shebang\n");
        repo.Write("docs/x.md", "x\n");
        var result = PreflightRun.Run(repo, """
            {"preflight": {"requiredPaths": ["docs", "tools/gone.sh",
              {"path": "tools/bit.sh", "executable": true}, {"path": "tools/shebang.py", "executable": true},
              {"path": "tools/plain.sh", "executable": true}, {"path": "docs", "executable": true}]}}
            """);
        Assert.That(result.Of(RuleIds.RequiredPath).Select(f => f.Message), Is.EqualTo(new[] { "required path 'tools/gone.sh' does not exist" }));
        Assert.That(result.Of(RuleIds.RequiredPathExecutable).Select(f => f.Message), Is.EqualTo(new[]
        {
            "required path 'docs' is a folder, not an executable file",
            "required path 'tools/plain.sh' is not executable: no execute bit and no shebang naming a known interpreter",
        }).AsCollection);
        Assert.That(result.Findings.Where(f => f.RuleId.StartsWith("MSRE200", StringComparison.Ordinal) && f.RuleId != RuleIds.GitCleanTree).Select(f => f.Severity), Is.All.EqualTo(Severity.Critical));
        Assert.That(result.Report().Checks.Single(c => c.Subject == "executable:tools/shebang.py").Message, Is.EqualTo("'tools/shebang.py' runs through its interpreter 'python3'"));
    }

    [Test]
    public void A_command_missing_from_PATH_is_critical()
    {
        using var repo = Repo();
        using var bin = FakeTool("other-tool", "echo 1.0");
        var finding = PreflightRun.Run(repo, """{"preflight": {"requiredCommands": ["maia-no-such-tool"]}}""", path: bin.Root).Of(RuleIds.RequiredCommand).Single();
        Assert.That((finding.Severity, finding.Message), Is.EqualTo((Severity.Critical, "required command 'maia-no-such-tool' is not on PATH")));
    }

    [TestCase("2.0", "'faketool' is version 1.4.2, older than the required 2.0")]
    [TestCase("1.4.3", "'faketool' is version 1.4.2, older than the required 1.4.3")]
    [TestCase("1.4", null)]
    [TestCase("1.4.2", null)]
    public void A_minimum_version_is_read_from_the_version_output(string minimum, string? message)
    {
        using var repo = Repo();
        using var bin = FakeTool("faketool", "echo \"faketool version 1.4.2 (build 20240101)\"");
        var result = PreflightRun.Run(repo, "{\"preflight\": {\"requiredCommands\": [{\"name\": \"faketool\", \"minVersion\": \"" + minimum + "\"}]}}", path: bin.Root + ":/usr/bin:/bin");
        Assert.That(result.Of(RuleIds.CommandVersion).Select(f => f.Message), Is.EqualTo(message is null ? Array.Empty<string>() : new[] { message }));
        Assert.That(result.Checks.Count(c => c.Subject == "version:faketool"), Is.EqualTo(1));
    }

    [Test]
    public void A_hanging_version_probe_times_out_into_a_failed_check()
    {
        using var repo = Repo();
        using var bin = FakeTool("slowtool", "sleep 60");
        var result = PreflightRun.Run(repo, """{"preflight": {"commandTimeoutSeconds": 0.5, "requiredCommands": [{"name": "slowtool", "minVersion": "1.0"}]}}""", path: bin.Root + ":/usr/bin:/bin");
        var finding = result.Of(RuleIds.CommandVersion).Single();
        Assert.That((finding.Severity, finding.Message), Is.EqualTo((Severity.Critical, "'slowtool --version' did not finish within 0.5 s; the version of 'slowtool' could not be read")));
    }

    [Test]
    public void Output_without_a_version_fails_and_a_command_inside_the_repository_is_never_run()
    {
        using var repo = Repo();
        using var bin = FakeTool("quiet", "echo no version here");
        var marker = Path.Combine(repo.Root, "ran.txt");
        File.SetUnixFileMode(repo.Write("bin/inrepo", $"#!/bin/sh\necho ran > '{marker}'\necho 9.9\n"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var result = PreflightRun.Run(repo, """{"preflight": {"requiredCommands": [{"name": "quiet", "minVersion": "1"}, {"name": "inrepo", "minVersion": "1"}]}}""", path: bin.Root + ":" + Path.Combine(repo.Root, "bin"));
        var messages = result.Of(RuleIds.CommandVersion).Select(f => f.Message).ToList();
        Assert.That(messages, Has.Some.EqualTo("'quiet --version' printed no version (exit code 0, output 'no version here'); 1 or newer is required"));
        Assert.That(messages, Has.Some.StartsWith("'inrepo' resolves inside the repository ("));
        Assert.That(File.Exists(marker), Is.False, "repository content must never run");
    }

    [Test]
    public void The_real_git_on_the_real_PATH_meets_a_low_minimum()
    {
        using var repo = Repo();
        var result = PreflightRun.Run(repo, """{"preflight": {"requiredCommands": [{"name": "git", "minVersion": "2.0"}]}}""");
        Assert.That(result.Findings, Is.Empty);
        Assert.That(result.Report().Checks.Single(c => c.Subject == "version:git").Message, Does.Match(@"^'git' is version 2\.\d+\.\d+ \(at least 2\.0\)$"));
    }
}
