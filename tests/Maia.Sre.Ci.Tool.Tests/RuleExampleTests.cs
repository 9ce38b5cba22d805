using System.Text.RegularExpressions;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules;
using Maia.Sre.Ci.TestSupport;
using Maia.Sre.Ci.Tool.Cli;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>
/// Every rule page's example is reproduced: its files are written into a git repository, what the example
/// <see cref="RuleExample.Needs"/> is set up here (a git state, a host's tools), and its command prints the page's lines,
/// in order. A change in what a rule reports therefore fails here until the descriptor's example says so.
/// </summary>
[Platform(Exclude = "Win", Reason = "the examples use symbolic links, POSIX modes and bash scripts")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class RuleExampleTests
{
    private static IEnumerable<string> AllRuleIds() => RuleCatalog.All.Select(r => r.Id);

    [TestCaseSource(nameof(AllRuleIds))]
    public void The_example_prints_what_its_page_shows(string id)
    {
        var example = RuleCatalog.Get(id).Docs!.Example;
        using var repo = new TempRepo();
        using var bin = new TempRepo();
        using var git = new IsolatedGit();
        foreach (var file in example.Files)
        {
            repo.Write(file.Path, file.Text);
        }

        foreach (var path in example.Existing)
        {
            repo.Write(path, "");
        }

        if (example.Config is { } config)
        {
            repo.Write(".maia-sre.json", id == RuleIds.DiskSpace ? config.Replace("500", "1000000", StringComparison.Ordinal) : config);
        }

        var run = new Setup(repo, bin.Root, git.Runner, [.. example.Command.Split(' ').Skip(1), "--no-color"]);
        if (id != RuleIds.GitWorkTree)
        {
            repo.InitGit();
        }

        if (Needs.TryGetValue(id, out var prepare))
        {
            run = prepare(run);
        }
        else
        {
            Assert.That(example.Needs, Is.Null, $"{id}'s example needs '{example.Needs}': add how to set it up to {nameof(Needs)}");
        }

        var outcome = Run(run);
        var printed = (outcome.Out + outcome.Error).Split('\n').Select(Normalise).ToList();
        var expected = example.Output.Where(l => l != RuleExample.Elision).Select(Normalise).ToList();
        Assert.That(InOrder(expected, printed), Is.True, $"{id}: `{example.Command}` printed\n{outcome.Out}{outcome.Error}\nbut the page shows\n{string.Join('\n', example.Output)}");
    }

    /// <summary>How an example's repository, host and command are prepared beyond its files.</summary>
    private sealed record Setup(TempRepo Repo, string Bin, IProcessRunner Runner, string[] Args, string? Path = null);

    /// <summary>The examples that need more than their files, by rule id.</summary>
    private static readonly Dictionary<string, Func<Setup, Setup>> Needs = new(StringComparer.Ordinal)
    {
        [RuleIds.LinkOutsideRoot] = s =>
        {
            Directory.CreateDirectory(System.IO.Path.Combine(s.Repo.Root, "docs"));
            File.CreateSymbolicLink(System.IO.Path.Combine(s.Repo.Root, "docs", "runbook.md"), "/srv/runbooks/deploy.md");
            return s;
        },
        [RuleIds.GitWorkTree] = s => s,
        [RuleIds.GitIdentity] = s =>
        {
            s.Repo.Git("config", "--unset", "user.name");
            s.Repo.Git("config", "--unset", "user.email");
            return s;
        },
        [RuleIds.GitCleanTree] = s =>
        {
            s.Repo.Git("rm", "-q", "--cached", "NOTES.md");
            s.Repo.Git("commit", "-q", "-m", "leave the notes out");
            return s;
        },
        [RuleIds.GitOperationInProgress] = s =>
        {
            s.Repo.Git("checkout", "-q", "-b", "topic");
            s.Repo.Write("NOTES.md", "b\n");
            s.Repo.Git("commit", "-q", "-am", "b");
            s.Repo.Git("checkout", "-q", "main");
            s.Repo.Write("NOTES.md", "c\n");
            s.Repo.Git("commit", "-q", "-am", "c");
            Assert.Throws<InvalidOperationException>(() => s.Repo.Git("merge", "-q", "topic"), "the merge stops on a conflict");
            return s;
        },
        [RuleIds.GitDetachedHead] = s =>
        {
            s.Repo.Git("checkout", "-q", "--detach");
            return s;
        },
        [RuleIds.GitShallowClone] = s =>
        {
            s.Repo.Write("CHANGELOG.md", "# Changes\n");
            s.Repo.Git("add", "-A");
            s.Repo.Git("commit", "-q", "-m", "second");
            var clone = System.IO.Path.Combine(s.Bin, "clone");
            s.Repo.Git("clone", "-q", "--depth", "1", "file://" + s.Repo.Root, clone);
            return s with { Args = [.. s.Args, "--root", clone] };
        },
        [RuleIds.RequiredCommand] = s => s with { Path = s.Bin },
        [RuleIds.CommandVersion] = s =>
        {
            Executable(System.IO.Path.Combine(s.Bin, "terraform"), "#!/bin/sh\necho 'Terraform v1.5.7'\necho 'on linux_amd64'\n");
            return s with { Path = s.Bin };
        },
        [RuleIds.DiskSpace] = s => s,
        [RuleIds.ServiceUnhealthy] = s =>
        {
            var launchctl = System.IO.Path.Combine(s.Bin, "launchctl");
            File.Copy(System.IO.Path.Combine(RepoPaths.Root, "tests", "Maia.Sre.Ci.Tool.Tests", "Recorded", "launchctl"), launchctl);
            File.SetUnixFileMode(launchctl, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var path = s.Bin + System.IO.Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
            return s with { Runner = new ProcessRunner(new Dictionary<string, string?> { ["PATH"] = path }), Path = path, Args = [.. s.Args, "--uid", "501"] };
        },
    };

    private static CliHarness.Outcome Run(Setup setup)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new CliEnvironment(stdout, stderr, setup.Repo.Root)
        {
            OutputIsTerminal = false,
            ProcessRunner = setup.Runner,
            GetVariable = name => name == "PATH" && setup.Path is not null ? setup.Path : name == "GITHUB_ACTIONS" ? null : Environment.GetEnvironmentVariable(name),
        };
        var code = CliApp.Run(setup.Args, env);
        return new CliHarness.Outcome(code, stdout.ToString(), stderr.ToString());
    }

    private static void Executable(string path, string text)
    {
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>True when <paramref name="expected"/> appears in <paramref name="printed"/> in the same order (other lines may come between).</summary>
    private static bool InOrder(List<string> expected, List<string> printed)
    {
        var at = 0;
        foreach (var line in printed)
        {
            if (at < expected.Count && line == expected[at])
            {
                at++;
            }
        }

        return at == expected.Count;
    }

    /// <summary>What differs from machine to machine: commit hashes and the free disk space.</summary>
    private static string Normalise(string line) =>
        CommitHash().Replace(FreeSpace().Replace(line.TrimEnd('\r'), "only <n> GB free on the root's volume; at least <n> GB"), "<commit>");

    [GeneratedRegex(@"\b[0-9a-f]{7,40}\b")]
    private static partial Regex CommitHash();

    [GeneratedRegex(@"only [0-9.]+ GB free on the root's volume; at least [0-9]+ GB")]
    private static partial Regex FreeSpace();
}
