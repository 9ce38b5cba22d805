using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci;

/// <summary>What a host asks the engine to do.</summary>
public sealed record LintRequest
{
    /// <summary>Absolute repository root.</summary>
    public required string Root { get; init; }

    /// <summary>Loaded configuration.</summary>
    public MaiaConfig Config { get; init; } = new();

    /// <summary>Rule sets to run (see <see cref="Rules.RuleSets"/>).</summary>
    public IReadOnlyList<string> RuleSets { get; init; } = [Rules.RuleSets.Phantoms];

    /// <summary>Files or folders (root-relative) that narrow the sources scanned; null for all.</summary>
    public IReadOnlyCollection<string>? NarrowTo { get; init; }

    /// <summary>
    /// Pull-request mode: a git reference (<c>origin/main</c>) whose merge base with <c>HEAD</c> the work tree is
    /// compared with; only findings the change could have caused are reported. Null for a full check.
    /// </summary>
    public string? ChangedSince { get; init; }

    /// <summary>Where the run happens: it decides which preflight checks run (<see cref="Model.RunContext"/>).</summary>
    public RunContext Context { get; init; } = RunContext.LintStage;

    /// <summary>The threshold for a failing run.</summary>
    public FailLevel FailLevel { get; init; } = FailLevel.Critical;

    /// <summary>Accepted findings: matching ones are marked unchanged and do not fail the run; null for none.</summary>
    public Baselines.Baseline? Baseline { get; init; }

    /// <summary>Runs git and other programs.</summary>
    public IProcessRunner ProcessRunner { get; init; } = Workspace.ProcessRunner.Instance;

    /// <summary>Reads an environment variable (e.g. <c>PATH</c> for preflight's command checks).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Machine probes preflight uses (write access, free disk space).</summary>
    public Preflight.PreflightProbes Probes { get; init; } = Preflight.PreflightProbes.Real;

    /// <summary>
    /// The history a previous run of the same repository read (<see cref="RunResult.FileHistory"/>), so a second run,
    /// such as the check after <c>--fix</c>, does not read it again; null to read it when a phantom first needs it.
    /// </summary>
    public History.FileHistory? History { get; init; }

    /// <summary>When set, the <c>services</c> rule set also probes each service's live health on this host.</summary>
    public Services.Live.LiveOptions? LiveServices { get; init; }
}
