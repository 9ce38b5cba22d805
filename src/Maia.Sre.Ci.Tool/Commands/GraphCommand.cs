using System.Globalization;
using Maia.Sre.Ci.Reports;
using Maia.Sre.Ci.Reports.Graph;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary><c>maia-sre graph</c>: the sources → tools dependency graph as Mermaid or Graphviz DOT.</summary>
public sealed class GraphCommand : ICommand
{
    private static readonly OptionSpec Format = new("format", "FORMAT", "mermaid (default) or dot");
    private static readonly OptionSpec Output = new("output", "FILE", "write to FILE instead of standard output", 'o');
    private static readonly OptionSpec MaxTools = new("max-tools", "N", "draw at most N tools: missing first, then single points of failure, then the most referenced (default: 40)");

    public string Name => "graph";

    public string Summary => "draw the dependency graph (sources -> tools; phantoms and single points of failure marked)";

    public string Usage => "graph [--format mermaid|dot] [--output FILE] [--max-tools N] [--root DIR] [--config FILE]";

    public IReadOnlyList<OptionSpec> Options => [Format, Output, MaxTools, CommonOptions.Root, CommonOptions.Config, CommonOptions.Help];

    public int Execute(ParsedArguments args, CliEnvironment env)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"'graph' takes no arguments, got '{args.Positionals[0]}'");
        }

        var format = args.Value(Format.Name) ?? "mermaid";
        Func<DependencyGraph, string> writer = format switch
        {
            "mermaid" => MermaidGraphWriter.Write,
            "dot" => DotGraphWriter.Write,
            _ => throw new UsageException($"option '--format' must be mermaid or dot, not '{format}'"),
        };
        var maxTools = ParseMaxTools(args.Value(MaxTools.Name));

        var request = LintRunner.BuildRequest(args, env, [Rules.RuleSets.Phantoms]);
        var result = LintEngine.Run(request, env.Cancellation);
        var text = writer(DependencyGraph.Build(result.Phantoms ?? new Analysis.PhantomFigures(), maxTools, maxTools));
        if (args.Value(Output.Name) is { } output && output != ReportOutputs.StandardOutput)
        {
            AtomicFile.WriteText(ReportOutputs.Resolve(output, result, env.CurrentDirectory), text, output);
        }
        else
        {
            env.Out.Write(text);
        }

        return ExitCodes.Success;
    }

    private static int ParseMaxTools(string? text) =>
        text is null ? 40
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
        : throw new UsageException($"option '--max-tools' must be a positive whole number, not '{text}'");
}
