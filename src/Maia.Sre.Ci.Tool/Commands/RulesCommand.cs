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

        env.Out.WriteLine($"{"ID",-9} {"NAME",-26} {"SET",-10} {"SEVERITY",-9} DESCRIPTION");
        foreach (var rule in RuleCatalog.All)
        {
            env.Out.WriteLine($"{rule.Id,-9} {rule.Name,-26} {rule.RuleSet,-10} {rule.DefaultSeverity.ToName(),-9} {rule.ShortDescription}");
        }

        return ExitCodes.Success;
    }
}
