using System.Reflection;
using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Diagnostics;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci;

/// <summary>The one entry point every host (command line, MSBuild) uses: run the requested rule sets, collect one result.</summary>
public static class LintEngine
{
    /// <summary>This tool's name, version and home page.</summary>
    public static ToolInfo Tool { get; } = new(
        "maia-sre",
        typeof(LintEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0",
        "https://github.com/maia-sre/Maia.Sre.Ci");

    /// <summary>Runs <paramref name="request"/>; throws <see cref="ChangeSetException"/> when <see cref="LintRequest.ChangedSince"/> cannot be resolved.</summary>
    public static RunResult Run(LintRequest request, CancellationToken cancellation = default)
    {
        var changes = request.ChangedSince is null ? null : GitChanges.Read(request.Root, request.ChangedSince, request.ProcessRunner);
        PhaseTimings.Mark("engine start");
        var context = new RuleSetContext(request, FileLister.List(request.Root, request.ProcessRunner)) { Changes = changes };
        PhaseTimings.Mark("list files");
        var findings = new List<Finding>();
        var checks = new List<Check>();
        var summary = new List<KeyValuePair<string, double>>();
        var details = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var ruleSet in RuleSets.All.Where(r => request.RuleSets.Contains(r.Name)))
        {
            cancellation.ThrowIfCancellationRequested();
            var result = ruleSet.Run(context, cancellation);
            findings.AddRange(result.Findings);
            checks.AddRange(result.Checks);
            summary.AddRange(result.Summary);
            if (result.Details is not null)
            {
                details[ruleSet.Name] = result.Details;
            }
        }

        PhaseTimings.Mark("rule sets done");
        FindingOrder.Sort(findings); // in place: the list is this run's own, and a copy of it is a large object in a large run
        IReadOnlyList<Finding> sorted = findings;
        var (judged, absent) = request.Baseline is { } baseline ? baseline.Apply(sorted) : (sorted, []);
        var runResult = new RunResult
        {
            Tool = Tool,
            Root = request.Root,
            RuleSets = request.RuleSets,
            Rules = RuleCatalog.All.Where(r => request.RuleSets.Contains(r.RuleSet)).ToList(),
            Findings = judged,
            AbsentFindings = absent,
            Checks = checks,
            Phantoms = details.TryGetValue(RuleSets.Phantoms, out var p) ? (PhantomFigures)p : null,
            Details = details,
            ExtraSummary = summary,
            FailLevel = request.FailLevel,
        };
        PhaseTimings.Mark("sort findings");
        return runResult;
    }

    /// <summary>Sorts findings by file, line, column, rule and message (ordinal), as every report expects (<see cref="FindingOrder"/>).</summary>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings)
    {
        var sorted = findings.ToList();
        FindingOrder.Sort(sorted);
        return sorted;
    }
}
