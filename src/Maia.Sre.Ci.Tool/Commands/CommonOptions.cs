using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>Options shared by the commands that run rules.</summary>
public static class CommonOptions
{
    public static readonly OptionSpec Root = new("root", "DIR", "repository root (default: git top level of the current folder)");
    public static readonly OptionSpec Config = new("config", "FILE", "configuration file (default: .maia-sre.json at the root)");
    public static readonly OptionSpec Json = new("json", "FILE", "write the JSON report to FILE ('-' for standard output)");
    public static readonly OptionSpec FailOn = new("fail-on", "LEVEL", $"exit 1 on findings at or above LEVEL: {FailLevels.Names} (default: critical; warning with --changed-since or --pre-commit)");
    public static readonly OptionSpec ChangedSince = new("changed-since", "REF", "pull-request mode: report only what the changes since REF's merge base could break (e.g. origin/main)");
    public static readonly OptionSpec NoColor = new("no-color", null, "never colour the output (also: NO_COLOR=1; FORCE_COLOR=1 colours a pipe)");
    public static readonly OptionSpec Quiet = new("quiet", null, "print only the findings, without the summary line", 'q');
    public static readonly OptionSpec Verbose = new("verbose", null, "also print the figures and checks behind the summary line");
    public static readonly OptionSpec Help = new("help", null, "show help", 'h');

    /// <summary>Options of every rule-running command.</summary>
    public static readonly IReadOnlyList<OptionSpec> Lint = [Root, Config, Json, .. ReportOptions.All, FailOn, ChangedSince, NoColor, Quiet, Verbose, Help];

    /// <summary>
    /// Parses <c>--fail-on</c>, which always wins. Without it: <c>warning</c> where every finding is caused by the
    /// change (pull-request mode, the pre-commit hook), else <c>critical</c> (docs/usage.md, "Fail levels").
    /// </summary>
    public static FailLevel ParseFailLevel(ParsedArguments args, RunContext context)
    {
        var text = args.Value(FailOn.Name);
        if (text is null)
        {
            return args.Value(ChangedSince.Name) is not null || context == RunContext.PreCommitHook ? FailLevel.Warning : FailLevel.Critical;
        }

        return FailLevels.TryParse(text, out var level)
            ? level
            : throw new UsageException($"option '--fail-on' must be one of {FailLevels.Names}, not '{text}'");
    }

    /// <summary>How much text to print: <c>-q</c> the findings only, <c>--verbose</c> everything, else the findings and the summary line.</summary>
    public static Reports.TextDetail ParseDetail(ParsedArguments args) => (args.Flag(Quiet.Name), args.Flag(Verbose.Name)) switch
    {
        (true, true) => throw new UsageException("options '--quiet' and '--verbose' cannot be used together"),
        (true, _) => Reports.TextDetail.Findings,
        (_, true) => Reports.TextDetail.Verbose,
        _ => Reports.TextDetail.Summary,
    };

    /// <summary>
    /// Whether to colour output: never with <c>--no-color</c> or <c>NO_COLOR</c> (any value but empty); always with
    /// <c>FORCE_COLOR</c> (any value but empty or <c>0</c>); else only on a terminal.
    /// </summary>
    public static bool UseColor(ParsedArguments args, CliEnvironment env)
    {
        if (args.Flag(NoColor.Name) || !string.IsNullOrEmpty(env.GetVariable("NO_COLOR")))
        {
            return false;
        }

        var force = env.GetVariable("FORCE_COLOR");
        return (!string.IsNullOrEmpty(force) && force != "0") || env.OutputIsTerminal;
    }
}
