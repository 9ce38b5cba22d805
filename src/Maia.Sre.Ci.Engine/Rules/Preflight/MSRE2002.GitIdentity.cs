using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2002: git user.name or user.email is not configured.</summary>
public static class GitIdentityRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.GitIdentity,
        "git-identity",
        RuleSets.Preflight,
        Severity.Warning,
        "git user.name or user.email is not configured.",
        "A job that commits (a save-state, a release bump, a bot) fails late when git has no identity. Many CI runners have none and never commit, so the severity is configurable with 'preflight.git.identity'.",
        "Set 'git config user.name' and 'git config user.email' in the job, or set 'preflight.git.identity' to 'off'.",
        "Set `git config user.name` and `git config user.email` in the job, or set `preflight.git.identity` to `off`.",
        ["reliability", "git"],
        "very-high",
        Environmental: true,
        Docs: new()
        {
            Why = """
                A job that commits (a save-state, a version bump, a bot) fails late, after its work is done, when git has no identity. Many CI runners have none and never commit, which is why it is a warning and configurable. The lint stage (`check`, the Action, MSBuild, the pre-commit hook) makes this check only when its key under `preflight.git` is set; `maia-sre preflight` always makes it (see [Which checks run where](../preflight.md#which-checks-run-where)).
                """,
            Example = new()
            {
                Files =
                [
                    new("README.md", "markdown", """
                        # App
                        """),
                ],
                Command = "maia-sre preflight",
                Needs = "a git repository and user configuration where neither `user.name` nor `user.email` is set",
                Output =
                [
                    "maia-sre: warning MSRE2002: git identity is not configured: user.name and user.email are unset, so commits will fail",
                ],
                Fix = """
                    Set the identity the job commits as, before it commits: `git config user.name "release-bot"` and `git config user.email "release-bot@example.com"`.
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                Set `preflight.git.identity` to another severity, or to `off`. It describes the clone or the machine, not the repository's content, so there is nothing to suppress in a file and a baseline never records or hides it: it is judged afresh on every run.
                """,
            Settings =
            [
                new("preflight.git.identity", "its severity (`critical`, `error`, `warning`, `note`) or `off`; setting it makes the lint stage run it too"),
            ],
        });
}
