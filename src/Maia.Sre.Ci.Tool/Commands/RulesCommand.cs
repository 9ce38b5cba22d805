using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>
/// <c>maia-sre rules</c>: every rule with its id, name, rule set, default severity and description; with
/// <c>--explain ID</c>, one rule's page (the Markdown of <c>docs/rules/ID.md</c>) and where it is online.
/// </summary>
public sealed class RulesCommand : ICommand
{
    private static readonly OptionSpec Explain = new("explain", "ID", "print a rule's page: what it finds, why it matters, an example, how to fix and suppress it (ID or name)");

    public string Name => "rules";

    public string Summary => "list every rule with its id, name, default severity and description; --explain ID prints one rule's page";

    public string Usage => "rules [--explain ID]";

    public IReadOnlyList<OptionSpec> Options => [Explain, CommonOptions.Help];

    public int Execute(ParsedArguments args, CliEnvironment env)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"'rules' takes no arguments, got '{args.Positionals[0]}'" + (IsRule(args.Positionals[0]) ? $"; to explain a rule: maia-sre rules --explain {args.Positionals[0]}" : ""));
        }

        if (args.Value(Explain.Name) is { } wanted)
        {
            var rule = Find(wanted);
            env.Out.Write(RulePage.Markdown(rule));
            env.Out.WriteLine();
            env.Out.WriteLine($"Online: {RulePage.Url(rule.Id)}");
            return ExitCodes.Success;
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

    private static bool IsRule(string text) => RuleCatalog.All.Any(r => Matches(r, text));

    private static bool Matches(RuleDescriptor rule, string text) =>
        string.Equals(rule.Id, text, StringComparison.OrdinalIgnoreCase) || string.Equals(rule.Name, text, StringComparison.OrdinalIgnoreCase);

    /// <summary>The rule named by id (<c>MSRE1001</c>, any case) or name (<c>phantom-reference</c>); a usage error with a did-you-mean otherwise.</summary>
    private static RuleDescriptor Find(string text)
    {
        var rule = RuleCatalog.All.FirstOrDefault(r => Matches(r, text));
        if (rule is not null)
        {
            return rule;
        }

        var guess = Text.EditDistance.Closest(text, RuleCatalog.All.SelectMany(r => new[] { r.Id, r.Name }));
        throw new UsageException($"option '--explain': no rule '{text}' ('maia-sre rules' lists them)" + (guess is null ? "" : $"; did you mean '{guess}'?"));
    }
}
