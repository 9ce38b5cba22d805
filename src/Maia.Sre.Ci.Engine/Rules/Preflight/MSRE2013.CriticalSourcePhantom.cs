using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2013: A critical source (workflow, command file, hook, Makefile) references a phantom.</summary>
public static class CriticalSourcePhantomRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.CriticalSourcePhantom,
        "critical-source-phantom",
        RuleSets.Preflight,
        Severity.Critical,
        "A critical source (workflow, command file, hook, Makefile) references a phantom.",
        "The phantom rules run on 'preflight.criticalSources' (by default CI workflows, actions, '.claude/commands', the pre-commit configuration and Makefiles); a phantom there breaks the automation that runs it, so it fails the gate.",
        "Fix the reference (see the phantom-reference suggestion) or restore the file.",
        "Fix the reference (see the phantom-reference suggestion) or restore the file.",
        ["reliability", "phantom-dependency"],
        "very-high");
}
