using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Diagnostics;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.History;

/// <summary>
/// The repository's history, read once per run (see <see cref="GitLogPass"/>) the first time a missing target asks
/// for it, so a run without phantoms never starts git for it. Safe to ask from every scanning thread: the first asker
/// reads, the others wait for it. Findings never depend on it, only their messages and fixes.
/// </summary>
public sealed class FileHistory
{
    private readonly Lazy<(HistoryLog? Log, HistoryStatus Status)> pass;

    /// <summary>
    /// History of the repository at <paramref name="root"/>; <paramref name="inGitWorkTree"/> false (files were listed
    /// without git) means there is none to read.
    /// </summary>
    public FileHistory(string root, HistoryConfig config, bool inGitWorkTree, IProcessRunner runner)
    {
        pass = new(
            () =>
            {
                (HistoryLog? Log, HistoryStatus Status) result =
                    !config.Enabled ? (null, new HistoryStatus(HistoryState.Off, 0, 0, "phantoms.history.maxCommits is 0"))
                    : !inGitWorkTree ? (null, new HistoryStatus(HistoryState.Unavailable, 0, 0, "not a git work tree"))
                    : GitLogPass.Read(root, config, runner);
                PhaseTimings.Mark($"history: {result.Status.Commits} commits, {result.Status.Milliseconds} ms");
                return result;
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>What the pass read, or null when no phantom asked (then git was not started for it).</summary>
    public HistoryStatus? Status => pass.IsValueCreated ? pass.Value.Status : null;

    /// <summary>True when there is no history to ask (reads it first): outside git, shallow, off, or no commit yet.</summary>
    internal bool IsEmpty => pass.Value.Log is null;

    /// <summary>Where the missing <paramref name="target"/> went (see <see cref="Provenance.Trace"/>), or null when history does not say.</summary>
    public Provenance? Trace(string target, Func<string, bool> exists) =>
        pass.Value.Log is { } log ? Provenance.Trace(log, target, exists) : null;
}
