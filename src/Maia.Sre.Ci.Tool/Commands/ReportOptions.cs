using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>The report and baseline options of the rule-running commands (part of <see cref="CommonOptions.Lint"/>).</summary>
public static class ReportOptions
{
    public static readonly OptionSpec Sarif = new("sarif", "FILE", "write a SARIF 2.1.0 report (GitHub code scanning) to FILE");
    public static readonly OptionSpec SarifCategory = new("sarif-category", "NAME", "code-scanning category: automationDetails.id becomes maia-sre/NAME/");
    public static readonly OptionSpec SarifTimestamps = new("sarif-timestamps", null, "record start and end times in the SARIF report (off: reports are byte-identical)");
    public static readonly OptionSpec JUnit = new("junit", "FILE", "write a JUnit XML report to FILE");
    public static readonly OptionSpec GitHub = new("github", null, "emit GitHub Actions annotations and step summary (automatic when GITHUB_ACTIONS=true)");
    public static readonly OptionSpec Baseline = new("baseline", "FILE", "only findings not in this baseline (see 'baseline write') fail the run");

    /// <summary>All of them, in help order.</summary>
    public static readonly IReadOnlyList<OptionSpec> All = [Sarif, SarifCategory, SarifTimestamps, JUnit, GitHub, Baseline];
}
