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
        "very-high",
        Docs: new()
        {
            Why = """
                `launchctl` addresses a job by its `Label`, while people and scripts find it by its file name. When the two differ, unloading, restarting or monitoring the service by name silently targets nothing.
                """,
            Example = new()
            {
                Files =
                [
                    new("LaunchAgents/com.example.backup.plist", "xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <plist version="1.0">
                        <dict>
                            <key>Label</key>
                            <string>com.example.nightly-backup</string>
                            <key>Program</key>
                            <string>/usr/local/bin/restic</string>
                            <key>StartCalendarInterval</key>
                            <dict>
                                <key>Hour</key>
                                <integer>2</integer>
                            </dict>
                        </dict>
                        </plist>
                        """),
                ],
                Command = "maia-sre services",
                Output =
                [
                    "LaunchAgents/com.example.backup.plist(5,6): warning MSRE3005: Label 'com.example.nightly-backup' does not match the file name 'com.example.backup.plist'; launchctl knows it as 'com.example.nightly-backup', people look for 'com.example.backup'",
                ],
                Fix = """
                    Rename the file to `com.example.nightly-backup.plist`, or change the `Label` to `com.example.backup`.
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
