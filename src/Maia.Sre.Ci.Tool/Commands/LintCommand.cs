using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary><c>maia-sre check</c> and <c>maia-sre phantoms</c>: run rule sets, print findings, write reports.</summary>
public sealed class LintCommand : ICommand
{
    private static readonly OptionSpec CriticalOnly = new("critical-only", null, "print and report only critical findings");
    private readonly IReadOnlyList<string> ruleSets;

    public LintCommand(string name, string summary, IReadOnlyList<string> ruleSets)
    {
        Name = name;
        Summary = summary;
        this.ruleSets = ruleSets;
    }

    public string Name { get; }

    public string Summary { get; }

    public string Usage => $"{Name} [options] [PATH...]   (PATHs narrow the sources checked; the inventory stays the whole repository)";

    public IReadOnlyList<OptionSpec> Options => [.. CommonOptions.Lint, CriticalOnly];

    public int Execute(ParsedArguments args, CliEnvironment env)
    {
        var request = LintRunner.BuildRequest(args, env, ruleSets);
        var outputs = ReportOutputs.From(args, env);
        var result = LintEngine.Run(request, env.Cancellation);
        var criticalOnly = args.Flag(CriticalOnly.Name);
        outputs.Write(result, criticalOnly);
        if (!outputs.JsonToStandardOutput)
        {
            new Reports.TextReportWriter(env.Out, CommonOptions.UseColor(args, env)).Write(result, criticalOnly, args.Flag(CommonOptions.Quiet.Name));
        }

        return LintRunner.ExitCode(result);
    }
}
