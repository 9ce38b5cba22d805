using Maia.Sre.Ci.Preflight;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>
/// The <c>preflight</c> rule set (MSRE2001–MSRE2013): a reliability gate run before a job. It reads the repository,
/// asks git read-only questions and probes the machine; it never runs repository content and never changes the
/// repository or its git state. External commands run under <c>preflight.commandTimeoutSeconds</c>. Which checks
/// run depends on where the run happens (<see cref="Model.RunContext"/>, <see cref="PreflightPlan"/>).
/// </summary>
public sealed class PreflightRuleSet : IRuleSet
{
    /// <inheritdoc/>
    public string Name => RuleSets.Preflight;

    /// <inheritdoc/>
    public RuleSetResult Run(RuleSetContext context, CancellationToken cancellation)
    {
        var request = context.Request;
        var config = request.Config.Preflight;
        var recorder = new PreflightRecorder();
        if (!config.Enabled)
        {
            return recorder.ToResult();
        }

        var plan = PreflightPlan.For(config, request.Context, phantomsRun: request.RuleSets.Contains(RuleSets.Phantoms));
        if (plan.Git is { } git)
        {
            new GitChecks(git, new GitProbe(request.ProcessRunner, request.Root, config.CommandTimeout), recorder).Run();
            cancellation.ThrowIfCancellationRequested();
        }

        RequiredPathChecks.Run(request.Root, config.RequiredPaths, recorder);
        new CommandChecks(request.Root, request.Environment, request.ProcessRunner, config.CommandTimeout, recorder).Run(config.RequiredCommands);
        cancellation.ThrowIfCancellationRequested();
        ResourceChecks.Writable(request.Root, config.WritablePaths, request.Probes.Access, recorder);
        ResourceChecks.DiskSpace(request.Root, plan.MinFreeDiskGb, request.Probes.DiskSpace, recorder);
        if (plan.CriticalSourceGate)
        {
            CriticalSourceChecks.Run(context.Files, request.Config.Phantoms, config.CriticalSources, request.NarrowTo, context.Changes, recorder, cancellation);
        }

        return recorder.ToResult();
    }
}
