using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Decides whether a phantom is critical (it breaks something when run) and says why: the source is a CI workflow,
/// hook configuration, build file or script, or matches <c>critical.sources</c> or <c>preflight.criticalSources</c>,
/// or a <c>critical.keywords</c> word occurs in the source path or the reference.
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

    private readonly (string Reason, GlobSet Globs)[] sets;
    private readonly IReadOnlyList<string> keywords;

    /// <summary>
    /// Creates the classifier from the <c>critical</c> settings. A source is matched against the globs only when it
    /// has a phantom, once (see <see cref="SourceReason"/>), on the thread that scans it: most sources never need it.
    /// </summary>
    public CriticalClassifier(CriticalConfig config)
    {
        var sets = Defaults.Select(d => (d.Reason, new GlobSet(d.Globs))).ToList();
        if (config.Sources.Count > 0)
        {
            sets.Add(("its source matches phantoms.critical.sources", new GlobSet(config.Sources)));
        }

        if (config.GateSources.Count > 0)
        {
            sets.Add(("its source matches preflight.criticalSources", new GlobSet(config.GateSources)));
        }

        this.sets = [.. sets];
        keywords = config.Keywords;
    }

    /// <summary>Why every phantom in <paramref name="source"/> is critical because of what the source is, or null.</summary>
    public string? SourceReason(string source)
    {
        foreach (var (reason, globs) in sets)
        {
            if (globs.IsMatch(source))
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>Why a phantom of <paramref name="reference"/> in <paramref name="source"/> is critical, or null.</summary>
    public string? Reason(string source, string reference) => Reason(source, reference, SourceReason(source));

    /// <summary><see cref="Reason(string, string)"/> with the source's own reason already known (<see cref="SourceReason"/>).</summary>
    internal string? Reason(string source, string reference, string? sourceReason)
    {
        if (sourceReason is not null)
        {
            return sourceReason;
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
