using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Services;

/// <summary>MSRE3006: a service is failed, degraded or unknown on this host (services --live).</summary>
public static class ServiceUnhealthyRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ServiceUnhealthy,
        "service-unhealthy",
        RuleSets.Services,
        Severity.Critical,
        "A service is failed, degraded or unknown on this host (services --live).",
        "Live health judged by schedule: a continuous service must have a pid; an interval service must have run " +
        "within 1.5 times its interval (degraded up to 3 times, failed beyond); a calendar service within its " +
        "period (at least a day); trigger and one-shot services by their last exit code. Failed is critical, " +
        "degraded and unknown are warnings.",
        "Read the service's logs, fix the cause, and restart it (launchctl kickstart -k, systemctl restart).",
        "Read the service's logs, fix the cause, and restart it (`launchctl kickstart -k gui/$UID/<label>`, " +
        "`systemctl --user restart <unit>`).",
        ["reliability", "service", "slo"],
        "medium",
        Environmental: true,
        Docs: new()
        {
            Why = """
                Services fail quietly: a monitor that stopped, a backup that has not run for a week. The original system's health monitor found 3 of 16 background services running. `services --live` asks the host's service manager about every service the repository defines and judges each by its schedule; the availability and error-budget figures it prints are in [Services](../services.md).
                """,
            Example = new()
            {
                Files =
                [
                    new("LaunchAgents/com.maia.health-monitor.plist", "xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <plist version="1.0">
                        <dict>
                            <key>Label</key>
                            <string>com.maia.health-monitor</string>
                            <key>ProgramArguments</key>
                            <array>
                                <string>/bin/sleep</string>
                                <string>60</string>
                            </array>
                            <key>KeepAlive</key>
                            <true/>
                        </dict>
                        </plist>
                        """),
                ],
                Command = "maia-sre services --live",
                Needs = "a Mac where launchd has the job loaded, not running, and its last exit code was 1",
                Output =
                [
                    "LaunchAgents/com.maia.health-monitor.plist: error MSRE3006: com.maia.health-monitor (continuous) is failed: not running (last exit code 1); a continuous service must have a pid",
                ],
                Fix = """
                    Read the service's log, fix the cause, and restart it: `launchctl kickstart -k gui/$UID/com.maia.health-monitor`.
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                Inline directives do not apply to service definitions. Leave a definition out with `services.exclude`. It describes the clone or the machine, not the repository's content, so there is nothing to suppress in a file and a baseline never records or hides it: it is judged afresh on every run.
                """,
            Settings =
            [
                new("services.launchd", "the launchd property lists read"),
                new("services.systemd", "the systemd units read"),
                new("services.exclude", "definitions never read"),
                new("services.continuousSlo", "the availability target of continuous services, percent"),
                new("services.scheduledSlo", "the health target of scheduled services, percent"),
                new("services.systemdScope", "`user` or `system` units"),
                new("services.timeoutSeconds", "how long each `launchctl` or `systemctl` call may take"),
            ],
        });
}
