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
        var files = FileLister.List(request.Root, request.ProcessRunner);
        var history = request.History ?? new History.FileHistory(request.Root, request.Config.Phantoms.History, files.FromGit, request.ProcessRunner);
        var context = new RuleSetContext(request, files) { Changes = changes, History = history };
        PhaseTimings.Mark("list files");
        var results = new List<(string Name, RuleSetResult Result)>();
        foreach (var ruleSet in RuleSets.All.Where(r => request.RuleSets.Contains(r.Name)))
        {
            cancellation.ThrowIfCancellationRequested();
            results.Add((ruleSet.Name, ruleSet.Run(context, cancellation)));
        }

        // One rule set's lists are the run's own (not copied: in a large run each is a large object); several are
        // joined, at their final size.
        List<Finding> findings;
        IReadOnlyList<Check> checks;
        if (results is [(_, { Findings: List<Finding> ownFindings } only)])
        {
            (findings, checks) = (ownFindings, only.Checks);
        }
        else
        {
            findings = new List<Finding>(results.Sum(r => r.Result.Findings.Count));
            var allChecks = new List<Check>(results.Sum(r => r.Result.Checks.Count));
            foreach (var (_, result) in results)
            {
                findings.AddRange(result.Findings);
                allChecks.AddRange(result.Checks);
            }

            checks = allChecks;
        }

        var summary = results.SelectMany(r => r.Result.Summary).ToList();
        var details = results.Where(r => r.Result.Details is not null).ToDictionary(r => r.Name, r => r.Result.Details!, StringComparer.Ordinal);
        PhaseTimings.Mark("rule sets done");
        FindingOrder.Sort(findings); // in place: the list is this run's own, and a copy of it is a large object in a large run
        IReadOnlyList<Finding> sorted = findings;
        var (judged, absent) = request.Baseline is { } baseline ? baseline.Apply(sorted) : (sorted, []);
        var runResult = new RunResult
        {
            Tool = Tool,
            Root = request.Root,
            RuleSets = request.RuleSets,
            Rules = RulesOf(request.RuleSets, judged),
            Findings = judged,
            AbsentFindings = absent,
            Checks = checks,
            Phantoms = details.TryGetValue(RuleSets.Phantoms, out var p) ? (PhantomFigures)p : null,
            Details = details,
            ExtraSummary = summary,
            FailLevel = request.FailLevel,
            FileHistory = history,
        };
        PhaseTimings.Mark("sort findings");
        return runResult;
    }

    /// <summary>
    /// The descriptors of the rule sets that ran, and of any other rule a finding names: the critical-source gate of a
    /// <c>preflight</c> run reports phantoms as MSRE1001 without the phantom rule set running.
    /// </summary>
    private static List<RuleDescriptor> RulesOf(IReadOnlyList<string> ruleSets, IReadOnlyList<Finding> findings)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            named.Add(finding.RuleId);
        }

        return RuleCatalog.All.Where(r => ruleSets.Contains(r.RuleSet) || named.Contains(r.Id)).ToList();
    }

    /// <summary>Sorts findings by file, line, column, rule and message (ordinal), as every report expects (<see cref="FindingOrder"/>).</summary>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings)
    {
        var sorted = findings.ToList();
        FindingOrder.Sort(sorted);
        return sorted;
    }
}
