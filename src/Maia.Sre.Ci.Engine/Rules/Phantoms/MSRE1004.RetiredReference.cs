using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>MSRE1004: a missing file is mentioned as removed, renamed or planned.</summary>
public static class RetiredReferenceRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.RetiredReference,
        "retired-reference",
        RuleSets.Phantoms,
        Severity.Note,
        "A missing file is mentioned as removed, renamed or not yet written.",
        "The line itself says the file is gone (deleted, removed, deprecated, renamed, moved, no longer) or planned " +
        "(not yet implemented, planned, future), so the missing file is expected. Reported as a note so stale notes " +
        "can still be found.",
        "Nothing to do unless the note itself is stale; delete it once the history no longer matters.",
        "Nothing to do unless the note itself is stale; delete it once the history no longer matters.",
        ["documentation"],
        "medium");
}
