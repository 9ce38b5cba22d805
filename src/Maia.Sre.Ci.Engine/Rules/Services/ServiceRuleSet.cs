using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Resolution;
using Maia.Sre.Ci.Services;
using Maia.Sre.Ci.Services.Live;

namespace Maia.Sre.Ci.Rules.Services;

/// <summary>
/// The <c>services</c> rule set, MSRE3001–MSRE3006: launchd and systemd definitions in the repository, checked
/// statically, and (with <see cref="LintRequest.LiveServices"/>) their live health. Without definitions it reports
/// nothing at all, so repositories without services see no change.
/// </summary>
public sealed class ServiceRuleSet : IRuleSet
{
    /// <inheritdoc/>
    public string Name => RuleSets.Services;

    /// <inheritdoc/>
    public RuleSetResult Run(RuleSetContext context, CancellationToken cancellation)
    {
        var request = context.Request;
        var config = request.Config.Services;
        var reads = ServiceDiscovery.Read(context.Files, config, cancellation);
        if (reads.Count == 0)
        {
            return new RuleSetResult();
        }

        var inventory = new Inventory(new GlobSet(request.Config.Phantoms.Inventory).Filter(context.Files.Files));
        var checker = new ServicePathChecker(inventory, request.Config.Phantoms.RootAliases, f => Directory.Exists(context.Files.FullPath(f)));
        var findings = new List<Finding>();
        var checks = new List<Check>();
        var services = new List<ServiceDefinition>();
        foreach (var read in reads.OrderBy(r => r.File, StringComparer.Ordinal))
        {
            var own = read.Findings.Concat(read.Paths.Select(p => checker.Check(read.File, p)).OfType<Finding>()).ToList();
            findings.AddRange(own);
            checks.AddRange(RulesFor(read).Select(id => new Check(Name, id, read.File)));
            if (read.Service is { } service)
            {
                services.Add(service with { Unstartable = own.Any(f => f.RuleId == RuleIds.ServiceProgramMissing) });
            }
        }

        var report = new ServiceReport { Services = services };
        if (request.LiveServices is { } live)
        {
            var rows = LiveHealth.Probe(services, config, request.ProcessRunner, request.Root, live, cancellation);
            report = report with { Health = rows, Figures = HealthFigures.Compute(rows, config.ContinuousSlo, config.ScheduledSlo), CheckedAt = live.Clock.GetUtcNow() };
            findings.AddRange(rows.Select(ServiceHealthFinding.For).OfType<Finding>());
            checks.AddRange(rows.Select(r => new Check(Name, RuleIds.ServiceUnhealthy, r.Service.File)));
        }

        return new RuleSetResult { Findings = findings, Checks = checks, Summary = report.SummaryFigures(), Details = report };
    }

    /// <summary>The rules that looked at a definition file (one check each, so reports can show what passed).</summary>
    private static IEnumerable<string> RulesFor(DefinitionRead read)
    {
        yield return RuleIds.ServiceDefinitionInvalid;
        var parsed = read.Service is not null || !read.Findings.Any(f => f.RuleId == RuleIds.ServiceDefinitionInvalid);
        if (!parsed)
        {
            yield break;
        }

        if (read.Service is { } service)
        {
            yield return RuleIds.ServiceProgramMissing;
            yield return RuleIds.ServicePathMissing;
            if (service.Manager == ServiceManager.Launchd)
            {
                yield return RuleIds.ServiceLabelMismatch;
            }
        }

        yield return RuleIds.ServiceScheduleInvalid;
    }
}
