namespace Maia.Sre.Ci.Reports;

/// <summary>How much the text report prints (docs/usage.md, "Output").</summary>
public enum TextDetail
{
    /// <summary>Only the findings, one canonical line each (<c>-q</c>).</summary>
    Findings,

    /// <summary>The findings, then one summary line with the verdict (the default).</summary>
    Summary,

    /// <summary>The findings, the figures and checks behind them, then the summary line (<c>--verbose</c>).</summary>
    Verbose,
}
