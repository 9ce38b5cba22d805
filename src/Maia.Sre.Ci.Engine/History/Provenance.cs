using System.Text;

namespace Maia.Sre.Ci.History;

/// <summary>One step of a missing file's history: renamed to <paramref name="RenamedTo"/>, or deleted (null), in <paramref name="Commit"/>.</summary>
/// <param name="Path">The path that went away.</param>
/// <param name="RenamedTo">Where it went, or null when it was deleted.</param>
/// <param name="Commit">The commit that did it.</param>
public sealed record ProvenanceStep(string Path, string? RenamedTo, CommitInfo Commit);

/// <summary>
/// Where a missing file went, as git recorded it: a chain of renames (followed to a path that exists today) or a
/// deletion, each with its commit.
/// </summary>
/// <param name="Steps">The renames and the deletion, oldest first; never empty.</param>
/// <param name="ExistingPath">The path the chain ends at when it exists today; null when the file was deleted or its last name is gone.</param>
public sealed record Provenance(IReadOnlyList<ProvenanceStep> Steps, string? ExistingPath)
{
    /// <summary>True when the chain ends at a file that exists: the reference can safely point there.</summary>
    public bool Renamed => ExistingPath is not null;

    /// <summary>
    /// The message part: <c>renamed to 'b.sh' in 1a2b3c4 (2026-10-02, "subject")</c>, <c>deleted in …</c>, chains as
    /// <c>renamed to 'b.sh' in …, then to 'c.sh' in …</c> or <c>…, then deleted in …</c>.
    /// </summary>
    public string Describe()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Steps.Count; i++)
        {
            var step = Steps[i];
            text.Append(i == 0 ? "" : ", then ");
            if (step.RenamedTo is null)
            {
                text.Append("deleted in ").Append(step.Commit);
            }
            else
            {
                text.Append(i == 0 ? "renamed to '" : "to '").Append(step.RenamedTo).Append("' in ").Append(step.Commit);
            }
        }

        if (ExistingPath is null && Steps[^1].RenamedTo is not null)
        {
            text.Append(", which does not exist now");
        }

        return text.ToString();
    }

    /// <summary>
    /// Follows <paramref name="target"/> through <paramref name="log"/>: its latest removal, then each new name's first
    /// removal after it got that name, until a name <paramref name="exists"/> or the file was deleted. A bare name
    /// (no folder) also matches the one path of that name that went away. Null when the log never saw it go.
    /// </summary>
    internal static Provenance? Trace(HistoryLog log, string target, Func<string, bool> exists)
    {
        var removals = log.RemovalsOf(target);
        if (removals.Count == 0 && !target.Contains('/', StringComparison.Ordinal) && log.OnlyRemovedWithName(target) is { } named)
        {
            target = named;
            removals = log.RemovalsOf(named);
        }

        if (removals.Count == 0)
        {
            return null;
        }

        var steps = new List<ProvenanceStep>();
        var removal = removals[0]; // newest first: the last file at that path
        var path = target;
        var seen = new HashSet<string>(StringComparer.Ordinal) { path };
        while (true)
        {
            steps.Add(new ProvenanceStep(path, removal.RenamedTo, log.Commits[removal.Commit]));
            if (removal.RenamedTo is not { } next)
            {
                return new Provenance(steps, null);
            }

            if (exists(next))
            {
                return new Provenance(steps, next);
            }

            // The file that got the new name left it in the first removal after (newer than, so numbered below) that commit.
            HistoryLog.Removal? after = null;
            foreach (var candidate in log.RemovalsOf(next))
            {
                if (candidate.Commit < removal.Commit)
                {
                    after = candidate; // newest first, so the last one below is the earliest
                }
            }

            if (after is null || !seen.Add(next))
            {
                return new Provenance(steps, null);
            }

            path = next;
            removal = after.Value;
        }
    }
}
