using System.Diagnostics;
using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.History;

/// <summary>
/// The run's one history pass: <c>git log -M --name-status</c> over the newest <c>maxCommits</c> commits, stopped after
/// <c>maxSeconds</c> (the commits read by then are used). Paths come relative to the root, which may be a folder
/// inside the work tree. A shallow clone is not read: its history is cut, and provenance from part of it would
/// depend on the clone's depth.
/// </summary>
internal static class GitLogPass
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    public static (HistoryLog? Log, HistoryStatus Status) Read(string root, HistoryConfig config, IProcessRunner runner)
    {
        var clock = Stopwatch.StartNew();
        var shallow = runner.Run("git", ["rev-parse", "--is-shallow-repository"], root, ProbeTimeout);
        if (!shallow.Succeeded)
        {
            return (null, new HistoryStatus(HistoryState.Unavailable, 0, clock.ElapsedMilliseconds, "git cannot read this repository"));
        }

        if (shallow.StandardOutput.Trim() == "true")
        {
            return (null, new HistoryStatus(HistoryState.Shallow, 0, clock.ElapsedMilliseconds, "shallow clone; fetch the whole history, e.g. 'fetch-depth: 0' in actions/checkout"));
        }

        var limit = TimeSpan.FromSeconds(config.MaxSeconds);
        var run = runner.Run(
            "git",
            [
                "-c", "log.showSignature=false", "-c", "diff.relative=false", "log", "-M", "--name-status", "-z", "--relative",
                "--no-color", "--encoding=UTF-8", HistoryLog.Format, $"--max-count={config.MaxCommits}", "HEAD", "--",
            ],
            root,
            limit);
        var complete = run.Succeeded;
        var log = HistoryLog.Parse(run.StandardOutput, complete);
        var elapsed = clock.ElapsedMilliseconds;
        if (complete)
        {
            return (log, new HistoryStatus(HistoryState.Read, log.Commits.Count, elapsed, ""));
        }

        if (run.TimedOut)
        {
            return (log, new HistoryStatus(HistoryState.TimeLimited, log.Commits.Count, elapsed, $"stopped at the {config.MaxSeconds:0.#} s limit of phantoms.history.maxSeconds"));
        }

        if (log.Commits.Count == 0)
        {
            var unborn = run.StandardError.Contains("does not have any commits", StringComparison.Ordinal) || run.StandardError.Contains("bad revision 'HEAD'", StringComparison.Ordinal);
            var why = unborn ? "no commit yet" : FirstLine(run.StandardError);
            return (null, new HistoryStatus(HistoryState.Unavailable, 0, elapsed, why));
        }

        return (log, new HistoryStatus(HistoryState.Partial, log.Commits.Count, elapsed, "git stopped: " + FirstLine(run.StandardError)));
    }

    private static string FirstLine(string text)
    {
        var line = text.Trim().Split('\n')[0].Trim();
        return line.Length == 0 ? "git log failed" : line.StartsWith("fatal: ", StringComparison.Ordinal) ? line[7..] : line;
    }
}
