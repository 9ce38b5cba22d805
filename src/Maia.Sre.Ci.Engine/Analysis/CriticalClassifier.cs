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

    private readonly Dictionary<string, string> reasons = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> keywords;

    /// <summary>
    /// Creates the classifier from the <c>critical</c> settings for <paramref name="sources"/>. The globs are matched
    /// once over the whole source list (one pass per glob set), not once per finding.
    /// </summary>
    public CriticalClassifier(CriticalConfig config, IReadOnlyList<string> sources)
    {
        foreach (var (reason, globs) in Defaults)
        {
            foreach (var source in new GlobSet(globs).Filter(sources))
            {
                reasons.TryAdd(source, reason);
            }
        }

        if (config.Sources.Count > 0)
        {
            foreach (var source in new GlobSet(config.Sources).Filter(sources))
            {
                reasons.TryAdd(source, "its source matches phantoms.critical.sources");
            }
        }

        keywords = config.Keywords;
    }

    /// <summary>Why a phantom from <paramref name="source"/> to <paramref name="reference"/> is critical, or null when it is not.</summary>
    public string? Reason(string source, string reference)
    {
        if (reasons.TryGetValue(source, out var reason))
        {
            return reason;
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
