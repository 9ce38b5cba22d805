using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>MSRE1006: a link's <c>#fragment</c> names no heading, anchor or line of its target.</summary>
public static class MissingAnchorRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.MissingAnchor,
        "missing-anchor",
        RuleSets.Phantoms,
        Severity.Warning,
        "A link's #fragment names no heading, anchor or line of its target.",
        "Links such as 'guide.md#setup' and '#setup' are checked against the target's headings, with the IDs GitHub " +
        "gives them (lower case, punctuation and emoji removed, spaces to hyphens, -1 and -2 for repeats), and its " +
        "explicit HTML anchors (id or name attributes). Line anchors such as '#L10-L20' are checked against the file's " +
        "line count. A heading renamed without its links leaves readers at the top of a long page.",
        "Link the heading as it is now (see the suggestion), restore the heading, or add an explicit anchor such as " +
        "'<a id=\"old-name\"></a>' so old links keep working.",
        "Link the heading as it is now (see the *did you mean* suggestion), restore the heading, or add an explicit " +
        "anchor such as `<a id=\"old-name\"></a>` next to it so old links keep working. Silence one link with " +
        "`<!-- maia-sre-disable-line missing-anchor -->`.",
        ["maintainability", "documentation", "links"],
        "high");
}
