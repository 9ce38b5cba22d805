using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>
/// MSRE2013: A critical source (workflow, command file, hook, Makefile) references a phantom. The gate's check; its
/// findings are the phantom rule's own MSRE1001 findings, so each problem is counted once.
/// </summary>
public static class CriticalSourcePhantomRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.CriticalSourcePhantom,
        "critical-source-phantom",
        RuleSets.Preflight,
        Severity.Critical,
        "A critical source (workflow, command file, hook, Makefile) references a phantom.",
        "A phantom in 'preflight.criticalSources' (by default CI workflows, actions, '.claude/commands', the pre-commit configuration and Makefiles) breaks the automation that runs it, so it is critical and fails the gate. The gate reads the phantom rule's findings there: each problem is one MSRE1001 finding, never a second one under this rule. 'maia-sre preflight' scans the critical sources itself; 'check' reads the phantom rules' findings.",
        "Fix the reference (see the phantom-reference suggestion) or restore the file.",
        "Fix the reference (see the phantom-reference suggestion) or restore the file.",
        ["reliability", "phantom-dependency"],
        "very-high");
}
