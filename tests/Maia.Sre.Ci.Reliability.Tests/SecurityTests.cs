using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Reliability.Tests;

/// <summary>The security properties promised in SECURITY.md, each with a test.</summary>
public sealed partial class SecurityTests
{
    private static TempRepo HostileRepository()
    {
        var repo = new TempRepo();
        var marker = Path.Combine(repo.Root, "EXECUTED");
        repo.Write("README.md", "Run `./tools/run.sh` and `tools/ghost.sh`.\n");
        repo.Write("tools/run.sh", $"#!/bin/sh\ntouch '{marker}'\n");
        File.SetUnixFileMode(Path.Combine(repo.Root, "tools/run.sh"), (UnixFileMode)0b111_101_101);
        repo.Write(".github/workflows/ci.yml", "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: ./tools/run.sh\n");
        repo.Write("Makefile", "all:\n\t./tools/run.sh\n");
        repo.InitGit();
        repo.Git("config", "core.fsmonitor", $"touch '{marker}.fsmonitor'; echo");
        repo.Git("config", "core.hooksPath", Path.Combine(repo.Root, "tools"));
        repo.Git("config", "diff.external", Path.Combine(repo.Root, "tools/run.sh"));
        repo.Write("tools/post-checkout", $"#!/bin/sh\ntouch '{marker}.hook'\n");
        return repo;
    }

    private static string Snapshot(string root)
    {
        // Path, size and content hash of every file (including .git): any write shows up.
        var lines = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(root, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}");
        return string.Join('\n', lines);
    }

    [Test]
    public void Never_executes_repository_content_and_writes_nothing_but_the_report()
    {
        using var repo = HostileRepository();
        var before = Snapshot(repo.Root);
        var result = MaiaProcess.Run(repo.Root, "check", "--json", "report.json");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(Directory.GetFiles(repo.Root, "EXECUTED*"), Is.Empty, "something in the repository was executed");
        File.Delete(Path.Combine(repo.Root, "report.json"));
        Assert.That(Snapshot(repo.Root), Is.EqualTo(before), "the run changed the repository or its .git folder");
    }

    [Test]
    public void Makes_no_network_connections_and_does_not_open_files_behind_outside_links()
    {
        if (!File.Exists("/usr/bin/strace"))
        {
            Assert.Ignore("strace is not installed (scripts/setup-test-tools.sh installs it)");
        }

        using var outside = new TempRepo();
        outside.Write("secret.md", "`tools/outside.sh`");
        using var repo = HostileRepository();
        Directory.CreateSymbolicLink(Path.Combine(repo.Root, "linked"), outside.Root);
        var trace = Path.Combine(Path.GetTempPath(), $"maia-strace-{Guid.NewGuid():N}.txt");
        using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("strace")
        {
            ArgumentList = { "-f", "-qq", "-e", "trace=connect,openat,open,execve", "-o", trace, "dotnet", MaiaProcess.ToolDll, "check", "--root", repo.Root },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var lines = File.ReadAllLines(trace);
        File.Delete(trace);
        Assert.That(output, Does.Not.Contain("outside.sh"));
        Assert.That(lines.Where(l => l.Contains("connect(", StringComparison.Ordinal) && (l.Contains("AF_INET", StringComparison.Ordinal))), Is.Empty, "network connection attempted");
        Assert.That(lines.Where(l => l.Contains(outside.Root, StringComparison.Ordinal) && l.Contains("open", StringComparison.Ordinal)), Is.Empty, "opened a file behind a link out of the root");
        var executed = lines.Where(l => l.Contains("execve(", StringComparison.Ordinal) && !l.Contains("ENOENT", StringComparison.Ordinal))
            .Select(l => ExecutedProgram().Match(l).Groups[1].Value)
            .Where(program => program.Length > 0)
            .Select(Path.GetFileName)
            .Distinct()
            .ToList();
        Assert.That(executed, Is.SubsetOf(new[] { "dotnet", "git" }), "only dotnet itself and git may be started");
    }

    [Test]
    public void Reports_carry_no_environment_variables_or_secrets()
    {
        using var repo = HostileRepository();
        const string secret = "s3cr3t-token-value-4242";
        var env = new Dictionary<string, string> { ["GITHUB_TOKEN"] = secret, ["MAIA_TEST_SECRET"] = secret, ["NUGET_API_KEY"] = secret };
        var result = MaiaProcess.Run(repo.Root, ["check", "--json", "out/report.json"], env);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repo.Root, "out")))
        {
            var text = File.ReadAllText(file);
            Assert.That(text, Does.Not.Contain(secret), file);
        }

        Assert.That(result.Out + result.Error, Does.Not.Contain(secret));
    }

    [GeneratedRegex("execve\\(\"([^\"]+)\"")]
    private static partial Regex ExecutedProgram();
}
