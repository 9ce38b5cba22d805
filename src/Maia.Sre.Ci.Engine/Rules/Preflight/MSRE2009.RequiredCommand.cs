using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2009: A required command is not on PATH.</summary>
public static class RequiredCommandRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.RequiredCommand,
        "required-command",
        RuleSets.Preflight,
        Severity.Critical,
        "A required command is not on PATH.",
        "'preflight.requiredCommands' lists the tools the job runs; a missing one would fail the job part-way through.",
        "Install the command in the job (or the runner image), or fix its name in 'preflight.requiredCommands'.",
        "Install the command in the job (or the runner image), or fix its name in `preflight.requiredCommands`.",
        ["reliability"],
        "very-high",
        Environmental: true);
}
