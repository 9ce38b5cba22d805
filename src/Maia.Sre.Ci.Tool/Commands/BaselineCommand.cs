using Maia.Sre.Ci.Baselines;
using Maia.Sre.Ci.Text;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>
/// <c>maia-sre baseline write FILE</c>: records today's unsuppressed findings by fingerprint, so that
/// <c>--baseline FILE</c> later fails only on new ones.
/// </summary>
public sealed class BaselineCommand : ICommand
{
    private static readonly OptionSpec RuleSetsOption = new("rule-sets", "LIST", "comma-separated rule sets to record (default: all)");

    public string Name => "baseline";

    public string Summary => "record today's findings (baseline write FILE) so that --baseline FILE fails only on new ones";

    public string Usage => "baseline write FILE [--root DIR] [--config FILE] [--rule-sets LIST]";

    public IReadOnlyList<OptionSpec> Options => [CommonOptions.Root, CommonOptions.Config, RuleSetsOption, CommonOptions.Help];

    public int Execute(ParsedArguments args, CliEnvironment env)
    {
        if (args.Positionals is not ["write", var file])
        {
            throw new UsageException(args.Positionals is ["write"] ? "'baseline write' needs the FILE to write" : $"usage: maia-sre {Usage}");
        }

        // The positionals name the action and the file, not paths to narrow: a baseline records the whole repository.
        args.Positionals.Clear();
        var ruleSets = args.Value(RuleSetsOption.Name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
            ?? [.. Rules.RuleSets.Names];
        var unknown = ruleSets.FirstOrDefault(r => !Rules.RuleSets.Names.Contains(r));
        if (unknown is not null || ruleSets.Count == 0)
        {
            var problem = unknown is null ? "needs at least one rule set" : $"unknown rule set '{unknown}'";
            throw new UsageException($"option '--rule-sets' {problem} (known: {string.Join(", ", Rules.RuleSets.Names)})");
        }

        var result = LintEngine.Run(LintRunner.BuildRequest(args, env, ruleSets), env.Cancellation);
        var baseline = Baseline.FromFindings(result.Findings);
        ReportOutputs.WriteTo(file, result, env, stream => BaselineFile.Write(baseline, stream));
        var findings = baseline.Entries.Sum(e => e.Count);
        var note = $"wrote {(file == ReportOutputs.StandardOutput ? "the baseline to standard output" : file)}: {Plural.Of(findings, "finding")} ({Plural.Of(baseline.Entries.Count, "fingerprint")})";
        (file == ReportOutputs.StandardOutput ? env.Error : env.Out).WriteLine(note);
        return ExitCodes.Success;
    }
}
