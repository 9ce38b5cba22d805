using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>Options shared by the commands that run rules.</summary>
public static class CommonOptions
{
    public static readonly OptionSpec Root = new("root", "DIR", "repository root (default: git top level of the current folder)");
    public static readonly OptionSpec Config = new("config", "FILE", "configuration file (default: .maia-sre.json at the root)");
    public static readonly OptionSpec Json = new("json", "FILE", "write the JSON report to FILE ('-' for standard output)");
    public static readonly OptionSpec FailOn = new("fail-on", "LEVEL", $"exit 1 on findings at or above LEVEL: {FailLevels.Names} (default: critical)");
    public static readonly OptionSpec ChangedSince = new("changed-since", "REF", "pull-request mode: report only what the changes since REF's merge base could break (e.g. origin/main)");
    public static readonly OptionSpec NoColor = new("no-color", null, "never colour the output (also: NO_COLOR=1)");
    public static readonly OptionSpec Quiet = new("quiet", null, "print only findings that fail the run, and the summary", 'q');
    public static readonly OptionSpec Help = new("help", null, "show help", 'h');

    /// <summary>Options of every rule-running command.</summary>
    public static readonly IReadOnlyList<OptionSpec> Lint = [Root, Config, Json, .. ReportOptions.All, FailOn, ChangedSince, NoColor, Quiet, Help];

    /// <summary>Parses <c>--fail-on</c>.</summary>
    public static FailLevel ParseFailLevel(ParsedArguments args)
    {
        var text = args.Value(FailOn.Name);
        if (text is null)
        {
            return FailLevel.Critical;
        }

        return FailLevels.TryParse(text, out var level)
            ? level
            : throw new UsageException($"option '--fail-on' must be one of {FailLevels.Names}, not '{text}'");
    }

    /// <summary>Whether to colour output.</summary>
    public static bool UseColor(ParsedArguments args, CliEnvironment env) =>
        env.OutputIsTerminal && !args.Flag(NoColor.Name) && string.IsNullOrEmpty(env.GetVariable("NO_COLOR"));
}
