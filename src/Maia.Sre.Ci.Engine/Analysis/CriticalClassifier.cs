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
        ("it is run from a build file", ["**/Makefile", "**/makefile", "**/GNUmakefile", "**/*.mk", "**/justfile", "**/Justfile", "**/Taskfile.yml", "**/package.json", "**/Dockerfile"]),
        ("it is run from a script", ["**/*.sh", "**/*.bash", "**/*.zsh", "**/*.ps1", "**/*.psm1", "**/*.cmd", "**/*.bat"]),
    ];

    private readonly (string Reason, GlobSet Globs)[] sets;
    private readonly IReadOnlyList<string> keywords;
    private readonly (string Reason, GlobSet Globs)[] configured;

    /// <summary>
    /// Creates the classifier from the <c>critical</c> settings. A source is matched against the globs only when it
    /// has a phantom, once (see <see cref="SourceReason(string)"/>), on the thread that scans it: most sources never need it.
    /// </summary>
    public CriticalClassifier(CriticalConfig config)
    {
        sets = [.. Defaults.Select(d => (d.Reason, new GlobSet(d.Globs)))];
        var configured = new List<(string Reason, GlobSet Globs)>();
        if (config.Sources.Count > 0)
        {
            configured.Add(("its source matches phantoms.critical.sources", new GlobSet(config.Sources)));
        }

        if (config.GateSources.Count > 0)
        {
            configured.Add(("its source matches preflight.criticalSources", new GlobSet(config.GateSources)));
        }

        this.configured = [.. configured];
        keywords = config.Keywords;
    }

    /// <summary>
    /// Why a missing file that <paramref name="source"/> runs breaks something, because of what the source is (a CI
    /// workflow, hook configuration, build file or script, AI-agent instructions, a configured critical source), or
    /// null.
    /// </summary>
    public string? SourceReason(string source) => SourceReason(source, SourceTraitsOf.Of(source));

    /// <inheritdoc cref="SourceReason(string)"/>
    public string? SourceReason(string source, SourceTraits traits)
    {
        foreach (var (reason, globs) in sets)
        {
            if (globs.IsMatch(source))
            {
                return reason;
            }
        }

        return traits.HasFlag(SourceTraits.AgentInstructions) ? "AI coding agents run what this file tells them" :
            traits.HasFlag(SourceTraits.Executed) ? "it is run from a script" : null;
    }

    /// <summary>Why the configuration makes a phantom of <paramref name="reference"/> in <paramref name="source"/> critical (<c>critical.sources</c> or <c>critical.keywords</c>), or null.</summary>
    public string? ConfiguredReason(string source, string reference)
    {
        foreach (var (reason, globs) in configured)
        {
            if (globs.IsMatch(source))
            {
                return reason;
            }
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
