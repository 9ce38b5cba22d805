using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Preflight;

/// <summary>How one preflight check ended.</summary>
public enum CheckStatus
{
    /// <summary>Nothing wrong (notes allowed).</summary>
    Passed,

    /// <summary>Its worst finding is a warning.</summary>
    Warning,

    /// <summary>Its worst finding is an error or critical.</summary>
    Failed,
}

/// <summary>One preflight check and how it ended, for the text report's passed / warnings / failed lists.</summary>
/// <param name="RuleId">The check's rule.</param>
/// <param name="Subject">What was checked (unique within the run, e.g. <c>git.identity</c>, <c>command:dotnet</c>).</param>
/// <param name="Status">Passed, warning or failed.</param>
/// <param name="Severity">The worst active finding's severity, or null when there is none.</param>
/// <param name="Message">What was found, or why it passed.</param>
public sealed record PreflightCheckResult(string RuleId, string Subject, CheckStatus Status, Severity? Severity, string Message);

/// <summary>Everything preflight checked, with the original checker's totals.</summary>
/// <param name="Checks">Every check, in the order run.</param>
public sealed record PreflightReport(IReadOnlyList<PreflightCheckResult> Checks)
{
    /// <summary>Checks that passed.</summary>
    public int Passed => Checks.Count(c => c.Status == CheckStatus.Passed);

    /// <summary>Checks whose worst finding is a warning.</summary>
    public int Warnings => Checks.Count(c => c.Status == CheckStatus.Warning);

    /// <summary>Checks with an error or critical finding.</summary>
    public int Failed => Checks.Count(c => c.Status == CheckStatus.Failed);

    /// <summary>Checks with a critical finding.</summary>
    public int CriticalFailures => Checks.Count(c => c.Severity == Model.Severity.Critical);

    /// <summary>The figures added to the JSON summary, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Summary =>
    [
        new("checks", Checks.Count),
        new("passed", Passed),
        new("failed", Failed),
        new("warnings", Warnings),
        new("criticalFailures", CriticalFailures),
    ];
}
