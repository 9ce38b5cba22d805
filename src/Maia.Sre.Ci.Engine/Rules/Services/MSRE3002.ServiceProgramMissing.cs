using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Services;

/// <summary>MSRE3002: the program or script a service runs does not exist in the repository.</summary>
public static class ServiceProgramMissingRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ServiceProgramMissing,
        "service-program-missing",
        RuleSets.Services,
        Severity.Critical,
        "The program or script a service runs does not exist in the repository.",
        "A launchd Program/ProgramArguments or systemd ExecStart= (and friends) names a script inside the repository " +
        "(through phantoms.rootAliases, such as /Users/*/git/maia/) that was moved, renamed or never written. The " +
        "service can never start: the original system found two of sixteen services failing this way.",
        "Point the definition at the script's new path (see the suggestion), or restore the script.",
        "Point the definition at the script's new path (see the *did you mean* suggestion), or restore the script. " +
        "Paths outside the repository are only checked when a root alias maps them into it.",
        ["reliability", "service", "phantom-dependency"],
        "high");
}
