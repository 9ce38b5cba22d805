using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Phantoms;
using Maia.Sre.Ci.Sites;

namespace Maia.Sre.Ci.Analysis;

/// <summary>Findings for links a documentation site resolves to nothing, and for missing Sphinx labels: told in the site's terms.</summary>
internal sealed partial class FindingBuilder
{
    /// <summary>A missing-label finding (<c>:ref:</c>) with the closest label the project has, or none.</summary>
    public Finding MissingLabel(RawReference reference, string message, string? suggestion) =>
        Make(MissingAnchorRule.Descriptor, Severity.Warning, reference, message, suggestion, suggestion);

    /// <summary>The reference with the site's doubt (its configuration read only in part), which makes a miss a note.</summary>
    private static RawReference WithSiteDoubt(RawReference reference, Resolution.Resolution resolution) =>
        resolution.Site?.Doubt is { } doubt && reference.Doubt is null ? reference with { Doubt = doubt } : reference;

    /// <summary>The phantom finding for a site link or Sphinx document that leads nowhere (<paramref name="verdict"/> judged it one).</summary>
    private Finding SiteMissing(RawReference reference, SiteMiss miss, PhantomVerdict verdict)
    {
        var severity = verdict.Severity;
        var (reasonOpen, reasonClose) = severity switch
        {
            Severity.Critical => (" (critical: ", ")"),
            Severity.Note => (" (a note, not a failure: ", ")"),
            _ => ("", ""),
        };
        var hint = miss.Suggestion is null ? "" : $"; did you mean '{miss.Suggestion}'?";
        var message = $"'{reference.Text}': {miss.Message}{hint}{reasonOpen}{verdict.Reason}{reasonClose}";
        var properties = new Dictionary<string, string> { ["role"] = RoleName(reference.Role) };
        if (severity == Severity.Critical)
        {
            properties["criticalReason"] = verdict.Reason!;
        }
        else if (severity == Severity.Note)
        {
            properties["doubt"] = verdict.Reason!;
        }

        var replacement = miss.Suggestion is null ? null : miss.Suggestion + (reference.Fragment is { } fragment ? "#" + fragment : "");
        return Make(PhantomReferenceRule.Descriptor, severity, reference, message, miss.Suggestion, replacement, properties);
    }
}
