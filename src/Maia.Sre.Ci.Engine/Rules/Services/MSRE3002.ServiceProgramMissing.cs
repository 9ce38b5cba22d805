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
        "high",
        Docs: new()
        {
            Why = """
                A service whose script was moved or renamed can never start. The repository still looks fine, and the failure shows only on the host, as a service that silently stopped doing its job: the original system found two of sixteen services failing this way.
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
                            <key>StartInterval</key>
                            <integer>900</integer>
                        </dict>
                        </plist>
                        """),
                ],
                Existing = ["tools/sync/sync.py"],
                Config = """
                    {
                      "phantoms": { "rootAliases": ["/Users/*/git/app/"] }
                    }
                    """,
                Command = "maia-sre services",
                Output =
                [
                    "LaunchAgents/com.example.sync.plist(9,10): error MSRE3002: 'tools/sync.py' (from '/Users/me/git/app/tools/sync.py'): the script ProgramArguments runs does not exist in the repository; did you mean 'tools/sync/sync.py'? (critical: the service can never start)",
                ],
                Fix = """
                    Point the definition at the script's new path (`/Users/me/git/app/tools/sync/sync.py`) and reload the service. The root alias `/Users/*/git/app/` says that the checkout on the Mac is this repository; paths outside the repository are not checked.
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
