namespace Maia.Sre.Ci.Model;

/// <summary>One problem found by a rule, at a place in a repository file.</summary>
public sealed record Finding
{
    /// <summary>Rule code, e.g. <c>MSRE1001</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>Rule name, e.g. <c>phantom-reference</c>.</summary>
    public required string RuleName { get; init; }

    /// <summary>Effective severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Human-readable message, including why the severity applies.</summary>
    public required string Message { get; init; }

    /// <summary>Path relative to the repository root with <c>/</c> separators; empty for repository-wide findings.</summary>
    public string File { get; init; } = "";

    /// <summary>1-based line; 0 when the finding has no position.</summary>
    public int Line { get; init; }

    /// <summary>1-based column of the first character; 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>1-based column just past the last character (exclusive end); 0 when unknown.</summary>
    public int EndColumn { get; init; }

    /// <summary>The reference as written in the source, when the rule is about a reference.</summary>
    public string? Reference { get; init; }

    /// <summary>Did-you-mean replacement (repository-relative path or text), when there is a good one.</summary>
    public string? Suggestion { get; init; }

    /// <summary>The text to put in place of <see cref="Reference"/> for the suggestion, as written relative to the source.</summary>
    public string? SuggestionReplacement { get; init; }

    /// <summary>The edits that repair it, when it is certain or very likely what they should be (see <see cref="Model.Fix"/>).</summary>
    public Fix? Fix { get; init; }

    /// <summary>Set when the finding is silenced; such findings never fail a run.</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>Baseline comparison state, when a baseline was given.</summary>
    public BaselineState BaselineState { get; init; }

    /// <summary>Extra key figures (e.g. the reason a finding is critical), reported in JSON and SARIF properties.</summary>
    public IReadOnlyDictionary<string, string>? Properties { get; init; }

    /// <summary>Stable identity across line moves: rule, file and reference, not the line.</summary>
    public string Fingerprint => Fingerprints.Compute(RuleId, File, Reference ?? Message);
}

/// <summary>How a finding was silenced.</summary>
/// <param name="Kind"><c>inSource</c> (inline comment or configured ignore) or <c>external</c> (baseline).</param>
/// <param name="Justification">Why, in words.</param>
public sealed record Suppression(string Kind, string Justification);

/// <summary>Result of comparing a run with a baseline.</summary>
public enum BaselineState
{
    /// <summary>No baseline given.</summary>
    None,

    /// <summary>Not in the baseline.</summary>
    New,

    /// <summary>In the baseline too.</summary>
    Unchanged,

    /// <summary>In the baseline, not in this run.</summary>
    Absent,
}
