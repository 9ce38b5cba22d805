using Maia.Sre.Ci.Analysis;

namespace Maia.Sre.Ci.Model;

/// <summary>Everything one run produced; the single input of every report writer.</summary>
public sealed class RunResult
{
    /// <summary>Tool name and version.</summary>
    public required ToolInfo Tool { get; init; }

    /// <summary>Absolute repository root.</summary>
    public required string Root { get; init; }

    /// <summary>Rule sets that ran, in order.</summary>
    public required IReadOnlyList<string> RuleSets { get; init; }

    /// <summary>Descriptors of every rule that could report in the rule sets that ran.</summary>
    public required IReadOnlyList<RuleDescriptor> Rules { get; init; }

    /// <summary>Findings sorted by file, line, column, rule.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Everything checked, passed or not.</summary>
    public required IReadOnlyList<Check> Checks { get; init; }

    /// <summary>Phantom-dependency figures, when that rule set ran.</summary>
    public PhantomFigures? Phantoms { get; init; }

    /// <summary>Rule-set specific data by rule set name (e.g. phantom figures, preflight totals, service health).</summary>
    public IReadOnlyDictionary<string, object> Details { get; init; } = new Dictionary<string, object>();

    /// <summary>Baseline findings that no longer occur (state <see cref="BaselineState.Absent"/>).</summary>
    public IReadOnlyList<Finding> AbsentFindings { get; init; } = [];

    /// <summary>Extra summary figures added by rule sets (e.g. preflight's checks, passed, failed), in order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> ExtraSummary { get; init; } = [];

    /// <summary>The repository's history as this run read it (or did not need to); pass it to the next run of the same repository.</summary>
    public History.FileHistory? FileHistory { get; init; }

    /// <summary>What the history pass read, or null when no phantom needed it.</summary>
    public History.HistoryStatus? History => FileHistory?.Status;

    /// <summary>The findings that carry a fix, among the active ones.</summary>
    public IEnumerable<Finding> FixableFindings => ActiveFindings.Where(f => f.Fix is not null);

    /// <summary>The fail level the run was judged by.</summary>
    public FailLevel FailLevel { get; init; } = FailLevel.Critical;

    /// <summary>Findings that count toward the exit code: unsuppressed, not unchanged from the baseline, at or above the fail level.</summary>
    public IEnumerable<Finding> FailingFindings =>
        Findings.Where(f => f.Suppression is null && f.BaselineState != BaselineState.Unchanged && FailLevel.Fails(f.Severity));

    /// <summary>Findings that are neither suppressed nor in the baseline.</summary>
    public IEnumerable<Finding> ActiveFindings =>
        Findings.Where(f => f.Suppression is null && f.BaselineState != BaselineState.Unchanged);

    /// <summary><c>pass</c> or <c>fail</c>.</summary>
    public string Status => FailingFindings.Any() ? "fail" : "pass";
}

/// <summary>Name and version of the tool that produced a report.</summary>
/// <param name="Name">Tool name.</param>
/// <param name="Version">Semantic version.</param>
/// <param name="InformationUri">Project home page.</param>
public sealed record ToolInfo(string Name, string Version, string InformationUri);
