using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>MSRE1001: a referenced script, tool or file does not exist.</summary>
public static class PhantomReferenceRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.PhantomReference,
        "phantom-reference",
        RuleSets.Phantoms,
        Severity.Warning,
        "A referenced script, tool or file does not exist in the repository.",
        "Documentation, agent instructions, CI workflows and scripts name a script or file that was renamed, moved or " +
        "never written. Anyone (or any AI agent) following the instruction fails. Phantoms in CI workflows, hooks, " +
        "Makefiles, scripts and configured critical sources are critical: they break when run.",
        "Fix the path (see the suggestion), restore the missing file, or mark the mention as intentional with " +
        "'<!-- maia-sre-disable-line phantom-reference -->' or '# maia-sre: ignore'.",
        "Fix the path (see the *did you mean* suggestion), restore the missing file, or, when the mention is " +
        "intentional, silence it inline with `<!-- maia-sre-disable-line phantom-reference -->` (Markdown) or " +
        "`# maia-sre: ignore` (YAML, shell), or add it to `phantoms.ignore` in `.maia-sre.json`.",
        ["reliability", "maintainability", "documentation", "phantom-dependency"],
        "high");
}
