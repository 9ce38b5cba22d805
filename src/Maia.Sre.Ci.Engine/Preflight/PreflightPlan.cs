using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Preflight;

/// <summary>Which preflight checks a run makes, from the configuration and where the run happens (<see cref="RunContext"/>).</summary>
/// <param name="Git">The git checks to make, or null for none (not even the work-tree check).</param>
/// <param name="MinFreeDiskGb">The free space to require, 0 for no disk check.</param>
/// <param name="CriticalSourceGate">
/// Whether the critical-source gate runs its own phantom scan: only when the phantom rules do not run in the same
/// run. When they do, they already report each phantom of a critical source as a critical MSRE1001 finding, and a
/// second finding for the same problem would count it twice.
/// </param>
internal sealed record PreflightPlan(GitPreflightConfig? Git, double MinFreeDiskGb, bool CriticalSourceGate)
{
    /// <summary>The plan for <paramref name="config"/> in <paramref name="context"/>.</summary>
    public static PreflightPlan For(PreflightConfig config, RunContext context, bool phantomsRun)
    {
        var gate = !phantomsRun && config.CriticalSources.Count > 0;
        if (context == RunContext.Preflight)
        {
            return new(config.Git, config.MinFreeDiskGb, gate);
        }

        // The lint stage makes only the checks the configuration names; the hook never the two a commit always trips.
        var set = config.Configured;
        var hook = context == RunContext.PreCommitHook;
        var git = config.Git;
        var anyGit = set.Any(k => k.StartsWith("git.", StringComparison.Ordinal));
        var lintGit = !anyGit ? null : git with
        {
            Identity = set.Contains("git.identity") ? git.Identity : null,
            Clean = set.Contains("git.clean") && !hook ? git.Clean : null,
            OperationInProgress = set.Contains("git.operationInProgress") && !hook ? git.OperationInProgress : null,
            DetachedHead = set.Contains("git.detachedHead") ? git.DetachedHead : null,
            Shallow = set.Contains("git.shallow") ? git.Shallow : null,
        };
        return new(lintGit, set.Contains("minFreeDiskGb") ? config.MinFreeDiskGb : 0, gate);
    }
}
