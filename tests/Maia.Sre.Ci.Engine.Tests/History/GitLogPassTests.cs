using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.History;
using Maia.Sre.Ci.TestSupport;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Engine.Tests.History;

/// <summary>The one bounded history pass on real repositories, and what it says when there is no history to read.</summary>
public sealed class GitLogPassTests
{
    [Test]
    public void It_reads_at_most_max_commits_and_nothing_when_off_or_outside_git()
    {
        using var repo = new TempRepo().InitGit();
        for (var i = 0; i < 3; i++)
        {
            repo.Write($"f{i}.sh", "x\n");
            repo.Git("add", "-A");
            repo.Git("commit", "-q", "-m", $"add f{i}");
        }

        var all = new FileHistory(repo.Root, new HistoryConfig(), inGitWorkTree: true, ProcessRunner.Instance);
        var two = new FileHistory(repo.Root, new HistoryConfig { MaxCommits = 2 }, inGitWorkTree: true, ProcessRunner.Instance);
        var off = new FileHistory(repo.Root, new HistoryConfig { MaxCommits = 0 }, inGitWorkTree: true, ProcessRunner.Instance);
        var outside = new FileHistory(repo.Root, new HistoryConfig(), inGitWorkTree: false, ProcessRunner.Instance);
        Assert.That(all.Status, Is.Null, "nothing is read until a phantom asks");
        foreach (var history in new[] { all, two, off, outside })
        {
            history.Trace("missing.sh", _ => false);
        }

        Assert.Multiple(() =>
        {
            Assert.That((all.Status!.State, all.Status.Commits), Is.EqualTo((HistoryState.Read, 4)));
            Assert.That((two.Status!.State, two.Status.Commits), Is.EqualTo((HistoryState.Read, 2)));
            Assert.That((off.Status!.State, off.Status.Note), Is.EqualTo((HistoryState.Off, (string?)null)));
            Assert.That(outside.Status!.State, Is.EqualTo(HistoryState.Unavailable));
            Assert.That(outside.Status.Note, Does.StartWith("git history is not available (not a git work tree)"));
        });
    }

    [Test]
    public void A_repository_without_commits_has_no_history()
    {
        using var repo = new TempRepo().InitGit(commit: false);
        var history = new FileHistory(repo.Root, new HistoryConfig(), inGitWorkTree: true, ProcessRunner.Instance);
        Assert.That(history.Trace("x.sh", _ => false), Is.Null);
        Assert.That((history.Status!.State, history.Status.Detail), Is.EqualTo((HistoryState.Unavailable, "no commit yet")));
    }

    [Test]
    public void Git_stopped_at_the_time_limit_leaves_the_commits_read_so_far()
    {
        // A git that prints two commits, then hangs: the pass keeps the first, whole one.
        var runner = new ScriptedGit("\u001eaaa1111\u001f2026-10-02\u001fmove\0\nR100\0a.sh\0b.sh\0\u001ebbb2222\u001f2026-10-01\u001fcut\0\nD\0");
        var history = new FileHistory("/", new HistoryConfig { MaxSeconds = 0.5 }, inGitWorkTree: true, runner);
        Assert.Multiple(() =>
        {
            Assert.That(history.Trace("a.sh", p => p == "b.sh")?.ExistingPath, Is.EqualTo("b.sh"));
            Assert.That((history.Status!.State, history.Status.Commits), Is.EqualTo((HistoryState.TimeLimited, 1)));
            Assert.That(history.Status.Note, Does.StartWith("git history read only in part (1 commit; stopped at the 0.5 s limit"));
            Assert.That(runner.LogTimeout, Is.EqualTo(TimeSpan.FromSeconds(0.5)));
        });
    }

    /// <summary>Answers rev-parse with "not shallow" and git log with a timed-out partial output.</summary>
    private sealed class ScriptedGit(string partialLog) : IProcessRunner
    {
        public TimeSpan LogTimeout { get; private set; }

        public ProcessResult Run(string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
        {
            if (arguments.Contains("rev-parse"))
            {
                return new ProcessResult(0, "false\n", "");
            }

            LogTimeout = timeout;
            return new ProcessResult(-1, partialLog, "timed out", TimedOut: true);
        }
    }
}
