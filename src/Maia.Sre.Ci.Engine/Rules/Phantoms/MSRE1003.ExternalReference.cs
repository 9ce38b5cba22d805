using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>MSRE1003: a reference points outside the repository.</summary>
public static class ExternalReferenceRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ExternalReference,
        "external-reference",
        RuleSets.Phantoms,
        Severity.Note,
        "A reference points outside the repository and cannot be checked.",
        "The path is absolute, starts in a home folder, or starts with a variable that is not a configured root alias, " +
        "so its existence depends on the machine. Reported for information only.",
        "If the variable stands for the repository root, add it to 'phantoms.rootAliases'.",
        "If the variable or prefix stands for the repository root, add it to `phantoms.rootAliases` in `.maia-sre.json`.",
        ["portability"],
        "medium");
}
