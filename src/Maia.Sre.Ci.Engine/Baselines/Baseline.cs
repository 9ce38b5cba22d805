using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Baselines;

/// <summary>
/// The findings a repository has accepted for now, by line-independent fingerprint (rule, file, reference) with a count
/// for repeats. Applying it marks matching findings <see cref="BaselineState.Unchanged"/> and the rest
/// <see cref="BaselineState.New"/>, so only new findings fail a run; accepted ones that went away come back as absent.
/// Environmental findings (<see cref="RuleDescriptor.Environmental"/>: git state, tools, disk, live services) are never
/// recorded, and never matched by an older baseline that has them: the state of a clone or a machine is judged afresh.
/// </summary>
public sealed class Baseline
{
    /// <summary>Creates a baseline from its entries.</summary>
    public Baseline(IEnumerable<BaselineEntry> entries) =>
        Entries = entries
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Reference ?? e.Message, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList();

    /// <summary>Entries sorted by file, rule and reference.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Records every unsuppressed finding about the repository's content, one entry per fingerprint.</summary>
    public static Baseline FromFindings(IEnumerable<Finding> findings) =>
        new(findings
            .Where(f => f.Suppression is null && !Rules.RuleCatalog.IsEnvironmental(f.RuleId))
            .GroupBy(f => f.Fingerprint, StringComparer.Ordinal)
            .Select(g => BaselineEntry.From(g.First(), g.Count())));

    /// <summary>Judges <paramref name="findings"/> (kept in order) against the baseline; also returns the accepted findings that no longer occur.</summary>
    public (IReadOnlyList<Finding> Findings, IReadOnlyList<Finding> Absent) Apply(IReadOnlyList<Finding> findings)
    {
        var entries = Entries.Where(e => !Rules.RuleCatalog.IsEnvironmental(e.RuleId)).ToList();
        var remaining = entries.ToDictionary(e => e.Fingerprint, e => e.Count, StringComparer.Ordinal);
        var judged = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            var known = !Rules.RuleCatalog.IsEnvironmental(finding.RuleId) && remaining.TryGetValue(finding.Fingerprint, out var left) && left > 0;
            if (known)
            {
                remaining[finding.Fingerprint]--;
            }

            judged.Add(finding with { BaselineState = known ? BaselineState.Unchanged : BaselineState.New });
        }

        var absent = entries
            .SelectMany(e => Enumerable.Repeat(e, remaining[e.Fingerprint]))
            .Select(e => e.ToAbsentFinding())
            .ToList();
        return (judged, absent);
    }
}

/// <summary>One accepted finding.</summary>
/// <param name="Fingerprint">The finding's <see cref="Finding.Fingerprint"/>.</param>
/// <param name="RuleId">Rule code.</param>
/// <param name="RuleName">Rule name.</param>
/// <param name="Severity">Severity when recorded.</param>
/// <param name="File">Repository-relative file.</param>
/// <param name="Reference">The reference, when the rule is about one.</param>
/// <param name="Message">Message when recorded (shown when the finding is absent).</param>
/// <param name="Count">How many findings share this fingerprint (the same reference repeated in one file).</param>
public sealed record BaselineEntry(string Fingerprint, string RuleId, string RuleName, Severity Severity, string File, string? Reference, string Message, int Count)
{
    /// <summary>Where the first of them was when recorded: information for reports of absent findings, never used to match.</summary>
    public (int Line, int Column, int EndColumn) Position { get; init; }

    /// <summary>The entry for <paramref name="finding"/> seen <paramref name="count"/> times.</summary>
    public static BaselineEntry From(Finding finding, int count) =>
        new(finding.Fingerprint, finding.RuleId, finding.RuleName, finding.Severity, finding.File, finding.Reference, finding.Message, count)
        {
            Position = (finding.Line, finding.Column, finding.EndColumn),
        };

    /// <summary>The finding as recorded, marked absent, at the position it had when recorded.</summary>
    public Finding ToAbsentFinding() => new()
    {
        RuleId = RuleId,
        RuleName = RuleName,
        Severity = Severity,
        Message = Message,
        File = File,
        Reference = Reference,
        Line = Position.Line,
        Column = Position.Column,
        EndColumn = Position.EndColumn,
        BaselineState = BaselineState.Absent,
    };
}
