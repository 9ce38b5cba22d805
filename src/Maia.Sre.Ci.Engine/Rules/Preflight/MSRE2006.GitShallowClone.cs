using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2006: The clone is shallow: history-dependent steps break.</summary>
public static class GitShallowCloneRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.GitShallowClone,
        "git-shallow-clone",
        RuleSets.Preflight,
        Severity.Warning,
        "The clone is shallow: history-dependent steps break.",
        "Version calculation from tags, changelogs, 'git describe', blame and diffs against a base branch need history that a shallow clone ('--depth') does not have.",
        "Fetch full history (actions/checkout 'fetch-depth: 0', 'git fetch --unshallow'), or set 'preflight.git.shallow' to 'off'.",
        "Fetch full history (actions/checkout `fetch-depth: 0`, `git fetch --unshallow`), or set `preflight.git.shallow` to `off`.",
        ["reliability", "git"],
        "very-high",
        Environmental: true,
        Docs: new()
        {
            Why = """
                Version numbers from tags, changelogs, `git describe`, blame and diffs against a base branch need history that a shallow clone (`--depth 1`, the default of `actions/checkout`) does not have. They fail or, worse, give a wrong answer. The lint stage (`check`, the Action, MSBuild, the pre-commit hook) makes this check only when its key under `preflight.git` is set; `maia-sre preflight` always makes it (see [Which checks run where](../preflight.md#which-checks-run-where)).
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
                Needs = "a shallow clone (`git clone --depth 1`) of a repository with more than one commit",
                Output =
                [
                    "maia-sre: warning MSRE2006: the clone is shallow: tags, describe, changelogs and diffs against other branches lack history",
                ],
                Fix = """
                    Fetch the whole history: `fetch-depth: 0` on `actions/checkout`, or `git fetch --unshallow` in an existing clone. A job that needs no history can set `preflight.git.shallow` to `off`.
                    """,
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                Set `preflight.git.shallow` to another severity, or to `off`. It describes the clone or the machine, not the repository's content, so there is nothing to suppress in a file and a baseline never records or hides it: it is judged afresh on every run.
                """,
            Settings =
            [
                new("preflight.git.shallow", "its severity (`critical`, `error`, `warning`, `note`) or `off`; setting it makes the lint stage run it too"),
            ],
        });
}
