namespace Maia.Sre.Ci.History;

/// <summary>What the run could read of the repository's history.</summary>
public enum HistoryState
{
    /// <summary>Read to the end of the history or to <c>maxCommits</c>.</summary>
    Read,

    /// <summary>Read until <c>maxSeconds</c> ran out; older commits are unknown.</summary>
    TimeLimited,

    /// <summary>git stopped part way (for example a partial clone missing an object); the commits before are used.</summary>
    Partial,

    /// <summary>A shallow clone: its history is cut, so none is used.</summary>
    Shallow,

    /// <summary>Not a git work tree (an archive or an exported folder), or the branch has no commit yet.</summary>
    Unavailable,

    /// <summary><c>phantoms.history.maxCommits</c> is 0.</summary>
    Off,
}

/// <summary>The outcome of the run's one history pass.</summary>
/// <param name="State">What was read.</param>
/// <param name="Commits">Commits read.</param>
/// <param name="Milliseconds">Wall time of the pass (not written to reports, which are deterministic).</param>
/// <param name="Detail">Why history is missing or partial, in words; empty when it was read.</param>
public sealed record HistoryStatus(HistoryState State, int Commits, long Milliseconds, string Detail)
{
    /// <summary>True when no provenance at all could be given.</summary>
    public bool Missing => State is HistoryState.Shallow or HistoryState.Unavailable;

    /// <summary>The state as reports name it: <c>read</c>, <c>time-limited</c>, <c>partial</c>, <c>shallow</c>, <c>unavailable</c>, <c>off</c>.</summary>
    public string Name => State switch
    {
        HistoryState.Read => "read",
        HistoryState.TimeLimited => "time-limited",
        HistoryState.Partial => "partial",
        HistoryState.Shallow => "shallow",
        HistoryState.Unavailable => "unavailable",
        _ => "off",
    };

    /// <summary>
    /// The one line the text report prints about history, or null when there is nothing to say (history read, or
    /// turned off on purpose).
    /// </summary>
    public string? Note => State switch
    {
        HistoryState.Shallow or HistoryState.Unavailable =>
            $"git history is not available ({Detail}): messages say nothing of renames or deletions, and renamed files get no safe fix",
        HistoryState.TimeLimited or HistoryState.Partial =>
            $"git history read only in part ({(Commits == 1 ? "1 commit" : $"{Commits} commits")}; {Detail}): older renames and deletions are not named",
        _ => null,
    };
}
