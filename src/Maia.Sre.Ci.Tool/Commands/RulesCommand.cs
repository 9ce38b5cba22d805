using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary><c>maia-sre rules</c>: every rule with its id, name, rule set, default severity and description.</summary>
public sealed class RulesCommand : ICommand
{
    public string Name => "rules";

    public string Summary => "list every rule with its id, name, default severity and description";

    public string Usage => "rules";

    public IReadOnlyList<OptionSpec> Options => [CommonOptions.Help];

    public int Execute(ParsedArguments args, CliEnvironment env)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"'rules' takes no arguments, got '{args.Positionals[0]}'");
        }

        // Columns as wide as their longest value, two spaces apart.
        var rows = RuleCatalog.All.Select(r => new[] { r.Id, r.Name, r.RuleSet, r.DefaultSeverity.ToName(), r.ShortDescription }).Prepend(["ID", "NAME", "SET", "SEVERITY", "DESCRIPTION"]).ToList();
        var widths = Enumerable.Range(0, 4).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            env.Out.WriteLine(string.Join("  ", row.Take(4).Select((cell, i) => cell.PadRight(widths[i]))) + "  " + row[4]);
        }

        return ExitCodes.Success;
    }
}
