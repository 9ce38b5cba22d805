namespace Maia.Sre.Ci.Sarif;

/// <summary>How a SARIF report is written.</summary>
public sealed record SarifOptions
{
    /// <summary>The tool's own prefix of <c>automationDetails.id</c>.</summary>
    public const string AutomationPrefix = "maia-sre/";

    /// <summary>Code-scanning category appended to <c>maia-sre/</c> in <c>automationDetails.id</c>; null for none.</summary>
    public string? Category { get; init; }

    /// <summary>Report only critical findings (<c>--critical-only</c>).</summary>
    public bool CriticalOnly { get; init; }

    /// <summary>When the run started; written only when set (<c>--sarif-timestamps</c>), so reports stay byte-identical by default.</summary>
    public DateTime? StartTimeUtc { get; init; }

    /// <summary>When the run ended; written only when set.</summary>
    public DateTime? EndTimeUtc { get; init; }

    /// <summary>The <c>automationDetails.id</c>: <c>maia-sre/</c>, or <c>maia-sre/CATEGORY/</c> (a trailing slash marks a category).</summary>
    public string AutomationId =>
        string.IsNullOrWhiteSpace(Category) ? AutomationPrefix : AutomationPrefix + Category.Trim().Trim('/') + "/";
}
