using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary><c>maia-sre check</c> and <c>maia-sre phantoms</c>: run rule sets, print findings, write reports.</summary>
public sealed class LintCommand : ICommand
{
    private static readonly OptionSpec CriticalOnly = new("critical-only", null, "print and report only critical findings");
    private static readonly OptionSpec RuleSetsOption = new("rule-sets", "LIST", $"comma-separated rule sets to run (default: all: {string.Join(",", Rules.RuleSets.Names)})");
    private static readonly OptionSpec PreCommit = new("pre-commit", null, "run as a pre-commit hook: fail on warnings unless --fail-on says otherwise; never the clean-tree or merge-in-progress checks");
    private readonly IReadOnlyList<string>? ruleSets;
    private readonly RunContext context;
    private readonly bool fixes;

    /// <param name="ruleSets">The fixed rule sets of this command, or null for all of them, chosen by <c>--rule-sets</c>.</param>
    /// <param name="context">Where the command runs: the lint stage, or the <c>preflight</c> command that makes every check.</param>
    /// <param name="fixes">True when the command takes <c>--fix</c>, <c>--unsafe-fixes</c> and <c>--diff</c>.</param>
    public LintCommand(string name, string summary, IReadOnlyList<string>? ruleSets, RunContext context = RunContext.LintStage, bool fixes = false)
    {
        Name = name;
        Summary = summary;
        this.ruleSets = ruleSets;
        this.context = context;
        this.fixes = fixes;
    }

    public string Name { get; }

    public string Summary { get; }

    public string Usage => $"{Name} [options] [PATH...]   (PATHs narrow the sources checked; the inventory stays the whole repository)";

    public IReadOnlyList<OptionSpec> Options =>
        context == RunContext.Preflight ? [.. CommonOptions.Lint, CriticalOnly]
        : [.. CommonOptions.Lint, CriticalOnly, .. ruleSets is null ? [RuleSetsOption] : Array.Empty<OptionSpec>(), PreCommit, .. fixes ? FixOptions.All : []];

    public int Execute(ParsedArguments args, CliEnvironment env)
    {
        var detail = CommonOptions.ParseDetail(args);
        var fix = fixes ? FixOptions.Parse(args) : default;
        var runContext = args.Flag(PreCommit.Name) ? RunContext.PreCommitHook : context;
        var request = LintRunner.BuildRequest(args, env, ruleSets ?? SelectedRuleSets(args), runContext);
        var outputs = ReportOutputs.From(args, env);
        Model.RunResult result;
        string? fixedSummary = null;
        try
        {
            result = LintEngine.Run(request, env.Cancellation);
            if (fix.Apply)
            {
                (result, fixedSummary) = FixRunner.Apply(result, request, fix, env);
            }
        }
        catch (Workspace.ChangeSetException ex)
        {
            throw new InputException(ex.Message, ex);
        }

        if (fix.Preview)
        {
            outputs.Write(result, args.Flag(CriticalOnly.Name));
            return FixRunner.Preview(result, fix, env);
        }

        var criticalOnly = args.Flag(CriticalOnly.Name);
        outputs.Write(result, criticalOnly);
        if (!outputs.ReportToStandardOutput)
        {
            new Reports.TextReportWriter(env.Out, CommonOptions.UseColor(args, env)).Write(result, criticalOnly, detail);
        }

        if (fixedSummary is not null)
        {
            (outputs.ReportToStandardOutput ? env.Error : env.Out).WriteLine(fixedSummary);
        }

        outputs.WriteGitHub(result);
        Diagnostics.PhaseTimings.Mark("reports written");
        return LintRunner.ExitCode(result);
    }

    private static List<string> SelectedRuleSets(ParsedArguments args)
    {
        var text = args.Value(RuleSetsOption.Name);
        if (text is null)
        {
            return [.. Rules.RuleSets.Names];
        }

        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        foreach (var name in names)
        {
            if (!Rules.RuleSets.Names.Contains(name))
            {
                var guess = Text.EditDistance.Closest(name, Rules.RuleSets.Names);
                throw new UsageException($"option '--rule-sets': unknown rule set '{name}' (known: {string.Join(", ", Rules.RuleSets.Names)})" + (guess is null ? "" : $"; did you mean '{guess}'?"));
            }
        }

        return names.Count > 0 ? names : throw new UsageException("option '--rule-sets' needs at least one rule set");
    }
}
