namespace Maia.Sre.Ci.Workspace;

/// <summary>
/// Environment for every git process we start on a repository we do not trust (an untrusted pull request):
/// no repository-configured programs run, nothing is written to <c>.git</c>, nothing reaches the network, no prompts.
/// </summary>
public static class GitSafety
{
    private static readonly (string Key, string Value)[] Config =
    [
        ("core.fsmonitor", "false"), // a repository's .git/config could name a program to run as file-system monitor
        ("core.hooksPath", "/dev/null"),
        ("protocol.allow", "never"), // no fetches of any kind (submodules, promisor remotes)
    ];

    /// <summary>Adds the safety settings to <paramref name="environment"/>.</summary>
    public static void Apply(IDictionary<string, string?> environment)
    {
        environment["GIT_TERMINAL_PROMPT"] = "0";
        environment["GIT_PAGER"] = "cat";
        environment["GIT_OPTIONAL_LOCKS"] = "0"; // "git status" must not refresh and rewrite the index
        environment["GIT_NO_LAZY_FETCH"] = "1";
        environment["GCM_INTERACTIVE"] = "never";
        environment["GIT_CONFIG_COUNT"] = Config.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < Config.Length; i++)
        {
            environment[$"GIT_CONFIG_KEY_{i}"] = Config[i].Key;
            environment[$"GIT_CONFIG_VALUE_{i}"] = Config[i].Value;
        }
    }
}
