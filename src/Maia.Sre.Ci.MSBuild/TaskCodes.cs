namespace Maia.Sre.Ci.MSBuild;

/// <summary>
/// Codes of the MSBuild host itself (the MSRE9xxx range is reserved for it); rule findings keep the CLI's codes.
/// </summary>
internal static class TaskCodes
{
    /// <summary>The CLI failed the run (exit 1) without a finding line the task could log as an error.</summary>
    public const string FailedOnFindings = "MSRE9001";

    /// <summary>maia-sre could not run or stopped with a usage, configuration or input error and said nothing canonical.</summary>
    public const string ToolFailed = "MSRE9002";
}
