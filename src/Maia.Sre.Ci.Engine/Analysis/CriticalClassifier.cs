using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Decides whether a phantom is critical (it breaks something when run) and says why: the source is a CI workflow,
/// hook configuration, build file or script, or matches <c>critical.sources</c>, or a <c>critical.keywords</c> word
/// occurs in the source path or the reference.
/// </summary>
public sealed class CriticalClassifier
{
    private static readonly (string Reason, string[] Globs)[] Defaults =
    [
        ("it is run from a CI workflow", [".github/workflows/**", "**/action.yml", "**/action.yaml", ".gitlab-ci.yml", "azure-pipelines.yml", "bitbucket-pipelines.yml", ".circleci/**"]),
        ("it is run from the pre-commit configuration", [".pre-commit-config.yaml", ".pre-commit-hooks.yaml"]),
        ("it is run from a build file", ["**/Makefile", "**/makefile", "**/GNUmakefile", "**/*.mk", "**/justfile", "**/Justfile", "**/Taskfile.yml", "**/package.json"]),
        ("it is run from a script", ["**/*.sh", "**/*.bash", "**/*.zsh", "**/*.ps1", "**/*.psm1", "**/*.cmd", "**/*.bat"]),
    ];

    private readonly (string Reason, GlobSet Globs)[] categories;
    private readonly GlobSet? configured;
    private readonly IReadOnlyList<string> keywords;

    /// <summary>Creates the classifier from the <c>critical</c> settings.</summary>
    public CriticalClassifier(CriticalConfig config)
    {
        categories = Defaults.Select(d => (d.Reason, new GlobSet(d.Globs))).ToArray();
        configured = config.Sources.Count > 0 ? new GlobSet(config.Sources) : null;
        keywords = config.Keywords;
    }

    /// <summary>Why a phantom from <paramref name="source"/> to <paramref name="reference"/> is critical, or null when it is not.</summary>
    public string? Reason(string source, string reference)
    {
        foreach (var (reason, globs) in categories)
        {
            if (globs.IsMatch(source))
            {
                return reason;
            }
        }

        if (configured?.IsMatch(source) == true)
        {
            return "its source matches phantoms.critical.sources";
        }

        foreach (var keyword in keywords)
        {
            if (source.Contains(keyword, StringComparison.OrdinalIgnoreCase) || reference.Contains(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return $"it involves the critical keyword '{keyword}'";
            }
        }

        return null;
    }
}
