using System.Globalization;
using Maia.Sre.Ci.Model;
using Microsoft.CodeAnalysis.Sarif;

namespace Maia.Sre.Ci.Sarif;

/// <summary>The run's key figures as SARIF run properties: health score, phantom figures and rule-set totals.</summary>
internal static class SarifRunProperties
{
    public static void Add(Run run, RunResult result)
    {
        if (result.Phantoms is { } p)
        {
            run.SetProperty("healthScore", p.HealthScore);
            run.SetProperty("sourcesScanned", p.SourcesScanned);
            run.SetProperty("totalDependencies", p.TotalDependencies);
            run.SetProperty("inventorySize", p.InventorySize);
            run.SetProperty("phantoms", p.Phantoms);
            run.SetProperty("criticalPhantoms", p.CriticalPhantoms);
            run.SetProperty("singlePointsOfFailure", p.SinglePointsOfFailure.Count);
        }

        foreach (var (name, value) in result.ExtraSummary)
        {
            run.SetProperty(name, value);
        }

        run.SetProperty("ruleSets", result.RuleSets.ToList());
        run.SetProperty("checks", result.Checks.Count);
        run.SetProperty("status", result.Status);
        run.SetProperty("failOn", result.FailLevel.ToString().ToLower(CultureInfo.InvariantCulture));
        run.SetProperty("newFindings", result.Findings.Count(f => f.BaselineState == Model.BaselineState.New));
        run.SetProperty("absentFindings", result.AbsentFindings.Count);
    }
}
