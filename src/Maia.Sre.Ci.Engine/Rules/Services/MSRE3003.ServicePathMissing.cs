using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Services;

/// <summary>MSRE3003: a service's working directory or log folder does not exist in the repository.</summary>
public static class ServicePathMissingRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ServicePathMissing,
        "service-path-missing",
        RuleSets.Services,
        Severity.Warning,
        "A service's working directory or log folder does not exist in the repository.",
        "WorkingDirectory, StandardOutPath or StandardErrorPath (systemd: WorkingDirectory=, StandardOutput=file:) " +
        "lies under a root alias but the folder is not in the repository. launchd does not create log folders, so " +
        "the service fails to start or its logs are lost.",
        "Create the folder (commit a .gitkeep in it) or fix the path.",
        "Create the folder (commit a `.gitkeep` in it) or fix the path.",
        ["reliability", "service"],
        "high",
        Docs: new()
        {
            Why = """
                launchd and systemd do not create a service's working folder or its log folder: the service fails to start, or runs and loses its logs, which is worse, because the failure that follows leaves no trace.
                """,
            Example = new()
            {
                Files =
                [
                    new("LaunchAgents/com.example.sync.plist", "xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <plist version="1.0">
                        <dict>
                            <key>Label</key>
                            <string>com.example.sync</string>
                            <key>ProgramArguments</key>
                            <array>
                                <string>/usr/bin/python3</string>
                                <string>/Users/me/git/app/tools/sync.py</string>
                            </array>
                            <key>StandardOutPath</key>
                            <string>/Users/me/git/app/logs/sync.log</string>
                        </dict>
                        </plist>
                        """),
                ],
                Existing = ["tools/sync.py"],
                Config = """
                    {
                      "phantoms": { "rootAliases": ["/Users/*/git/app/"] }
                    }
                    """,
                Command = "maia-sre services",
                Output =
                [
                    "LaunchAgents/com.example.sync.plist(12,6): warning MSRE3003: 'logs/sync.log' (from '/Users/me/git/app/logs/sync.log'): the folder of StandardOutPath does not exist in the repository; launchd and systemd do not create it, so the log is lost or the service fails to start",
                ],
                Fix = """
                    Commit the folder (`logs/.gitkeep`, with `logs/*.log` in `.gitignore`), or point `StandardOutPath` at a folder that exists.
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
                new("phantoms.rootAliases", "prefixes that map the host's absolute paths into the repository; only mapped paths are checked"),
            ],
        });
}
