namespace Maia.Sre.Ci.Tool.Cli;

/// <summary>The documented exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the fail level.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the fail level.</summary>
    public const int Findings = 1;

    /// <summary>Usage, configuration or input error (nothing was judged).</summary>
    public const int UsageError = 2;

    /// <summary>Interrupted by SIGINT (128 + 2), as shells expect.</summary>
    public const int Interrupted = 130;
}
