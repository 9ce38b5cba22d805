using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Preflight;
using Maia.Sre.Ci.Rules;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests.Preflight;

/// <summary>
/// Runs only the preflight rule set on a temporary repository, with isolated git and chosen probes and PATH; as the
/// <c>preflight</c> command does (every check) unless another <see cref="RunContext"/> is given.
/// </summary>
internal static class PreflightRun
{
    public static RunResult Run(TempRepo repo, string? configJson = null, PreflightProbes? probes = null, string? path = null, RunContext context = RunContext.Preflight, IReadOnlyList<string>? ruleSets = null)
    {
        using var git = new IsolatedGit();
        var config = configJson is null ? new MaiaConfig() : ConfigLoader.Parse(configJson, ".maia-sre.json");
        return LintEngine.Run(new LintRequest
        {
            Root = repo.Root,
            Config = config,
            RuleSets = ruleSets ?? [RuleSets.Preflight],
            Context = context,
            ProcessRunner = git.Runner,
            Probes = probes ?? new PreflightProbes { DiskSpace = new FakeDisk(500_000_000_000) },
            Environment = name => name == "PATH" && path is not null ? path : Environment.GetEnvironmentVariable(name),
        });
    }

    /// <summary>The findings of one rule.</summary>
    public static List<Finding> Of(this RunResult result, string ruleId) => result.Findings.Where(f => f.RuleId == ruleId).ToList();

    /// <summary>The preflight details.</summary>
    public static PreflightReport Report(this RunResult result) => (PreflightReport)result.Details[RuleSets.Preflight];

    public sealed class FakeDisk(long? bytes) : IDiskSpaceProbe
    {
        public long? AvailableBytes(string fullPath) => bytes;
    }

    public sealed class FakeAccess(params string[] readOnly) : IAccessProbe
    {
        public bool CanWrite(string fullPath) => !readOnly.Any(r => fullPath.EndsWith(r, StringComparison.Ordinal));
    }
}
