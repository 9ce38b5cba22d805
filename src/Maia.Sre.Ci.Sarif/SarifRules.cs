using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules;
using Microsoft.CodeAnalysis.Sarif;

namespace Maia.Sre.Ci.Sarif;

/// <summary>Maps rule descriptors to SARIF <c>reportingDescriptor</c>s, with the properties GitHub code scanning reads.</summary>
internal static class SarifRules
{
    /// <summary>SARIF <c>level</c> of a severity: critical and error are errors.</summary>
    public static FailureLevel Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.Error => FailureLevel.Error,
        Severity.Warning => FailureLevel.Warning,
        _ => FailureLevel.Note,
    };

    /// <summary>GitHub's <c>problem.severity</c>: <c>error</c>, <c>warning</c> or <c>recommendation</c>.</summary>
    public static string ProblemSeverity(Severity severity) => severity switch
    {
        Severity.Critical or Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "recommendation",
    };

    /// <summary>The descriptor; <c>helpUri</c> is the rule's page (<see cref="RulePage.Url"/>), which code scanning links as "Learn more".</summary>
    public static ReportingDescriptor Map(RuleDescriptor rule)
    {
        var descriptor = new ReportingDescriptor
        {
            Id = rule.Id,
            Name = PascalCase(rule.Name),
            ShortDescription = new MultiformatMessageString { Text = rule.ShortDescription },
            FullDescription = new MultiformatMessageString { Text = rule.FullDescription },
            Help = new MultiformatMessageString { Text = rule.HelpText, Markdown = rule.HelpMarkdown },
            HelpUri = RulePage.Url(rule.Id),
            DefaultConfiguration = new ReportingConfiguration { Level = Level(rule.DefaultSeverity) },
        };
        descriptor.SetProperty("tags", rule.Tags.Prepend(rule.RuleSet).Distinct(StringComparer.Ordinal).ToList());
        descriptor.SetProperty("precision", rule.Precision);
        descriptor.SetProperty("problem.severity", ProblemSeverity(rule.DefaultSeverity));
        return descriptor;
    }

    /// <summary><c>phantom-reference</c> → <c>PhantomReference</c>: SARIF recommends Pascal-case rule names.</summary>
    internal static string PascalCase(string kebab) =>
        string.Concat(kebab.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
