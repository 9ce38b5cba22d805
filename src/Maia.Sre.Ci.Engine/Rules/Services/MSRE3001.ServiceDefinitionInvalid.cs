using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Services;

/// <summary>MSRE3001: a service definition (launchd property list or systemd unit) cannot be read.</summary>
public static class ServiceDefinitionInvalidRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ServiceDefinitionInvalid,
        "service-definition-invalid",
        RuleSets.Services,
        Severity.Error,
        "A service definition (launchd property list or systemd unit) cannot be read.",
        "The property list or unit file is not well-formed (or has no Label), so launchd or systemd refuses to load it " +
        "and the service never runs. The message gives the line and column where reading stopped.",
        "Fix the syntax at the reported position (plutil -lint or systemd-analyze verify show the same problem).",
        "Fix the syntax at the reported position; `plutil -lint file.plist` or `systemd-analyze verify unit.service` " +
        "show the same problem.",
        ["reliability", "service"],
        "very-high",
        Docs: new()
        {
            Why = """
                launchd and systemd refuse a definition they cannot read, and the service then never runs, usually without anyone noticing until its work is missed. The finding gives the line and column where reading stopped.
                """,
            Example = new()
            {
                Files =
                [
                    new("units/backup.service", "ini", """
                        [Unit]
                        Description=Nightly backup

                        [Service
                        Type=oneshot
                        ExecStart=/usr/bin/true
                        """),
                ],
                Command = "maia-sre services",
                Output =
                [
                    "units/backup.service(4,1): error MSRE3001: the unit file cannot be read: section header '[Service' is not of the form [Name]",
                ],
                Fix = """
                    Close the section header: `[Service]`. `systemd-analyze verify units/backup.service` (or `plutil -lint` for a property list) reports the same problem on the host.
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                Inline directives do not apply to service definitions. Leave a definition out with `services.exclude`. To accept today's findings and fail only on new ones, record them with `maia-sre baseline write FILE` and run with `--baseline FILE` (see [Baselines](../baselines.md)).
                """,
            Settings =
            [
                new("services.launchd", "the launchd property lists read"),
                new("services.systemd", "the systemd units read"),
                new("services.exclude", "definitions never read"),
            ],
        });
}
