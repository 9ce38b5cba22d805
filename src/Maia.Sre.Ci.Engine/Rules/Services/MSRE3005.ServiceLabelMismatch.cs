using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Services;

/// <summary>MSRE3005: a launchd Label and its property list's file name disagree.</summary>
public static class ServiceLabelMismatchRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ServiceLabelMismatch,
        "service-label-mismatch",
        RuleSets.Services,
        Severity.Warning,
        "A launchd Label and its property list's file name disagree.",
        "launchctl addresses jobs by Label while people and scripts find them by file name; when the two disagree, " +
        "unloading, restarting or monitoring the service by name silently targets nothing.",
        "Rename the file to <Label>.plist, or change the Label.",
        "Rename the file to `<Label>.plist`, or change the `Label`.",
        ["maintainability", "service"],
        "very-high");
}
