using System.Globalization;
using Maia.Sre.Ci.Services;
using Maia.Sre.Ci.Services.Live;

namespace Maia.Sre.Ci.Reports;

/// <summary>The <c>services</c> part of the text summary: the definitions, and in live mode the health table and SLOs.</summary>
public static class ServiceTextWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, ServiceReport report)
    {
        var services = report.Services;
        var byClass = string.Join(", ", Enum.GetValues<ServiceClass>().Select(c => (c, n: services.Count(s => s.Class == c))).Where(x => x.n > 0).Select(x => $"{x.n} {x.c.ToName()}"));
        var launchd = services.Count(s => s.Manager == ServiceManager.Launchd);
        if (services.Count == 0)
        {
            output.WriteLine("Services: no definitions (launchd property lists, systemd units) in the repository");
            return;
        }

        output.WriteLine($"Services: {services.Count} defined ({launchd} launchd, {services.Count - launchd} systemd){(byClass.Length > 0 ? ": " + byClass : "")}; {services.Count(s => s.Unstartable)} cannot start");
        if (report.Health is not { } rows || report.Figures is not { } f)
        {
            foreach (var s in services.OrderBy(s => s.Label, StringComparer.Ordinal))
            {
                output.WriteLine($"  {(s.Unstartable ? "cannot start" : "can start"),-12} {s.Class.ToName(),-10} {s.Label} ({s.Schedule})");
            }

            return;
        }

        var width = Math.Max(7, rows.Max(r => r.Service.Label.Length));
        output.WriteLine($"Service health (live, {report.CheckedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC):");
        output.WriteLine($"  {"STATE",-9} {"CLASS",-10} {"SERVICE".PadRight(width)} REASON");
        foreach (var r in rows)
        {
            output.WriteLine($"  {r.State.ToString().ToLowerInvariant(),-9} {r.Service.Class.ToName(),-10} {r.Service.Label.PadRight(width)} {r.Reason}");
        }

        var counts = string.Join(", ", Enum.GetValues<HealthState>().Select(s => $"{f.Counts[s]} {s.ToString().ToLowerInvariant()}"));
        output.WriteLine($"  totals: {f.Total} services: {counts}");
        output.WriteLine($"  availability (SLI): {Pct(f.Availability)} ({f.Counts[HealthState.Healthy]} of {f.Total} healthy)");
        WriteSlo(output, "continuous availability", f.Continuous);
        WriteSlo(output, "scheduled health", f.Scheduled);
        output.WriteLine($"  overall: {f.Overall.ToUpperInvariant()}");
    }

    private static void WriteSlo(TextWriter output, string name, SloFigure? slo)
    {
        if (slo is null)
        {
            output.WriteLine($"  {name}: no such services");
            return;
        }

        var verdict = slo.Met ? "met" : "MISSED";
        output.WriteLine($"  {name}: {Pct(slo.Value)} of {slo.Services} against SLO {Pct(slo.Target)}: {verdict}; error budget {Pct(slo.BudgetSpent)} spent, {Pct(slo.BudgetLeft)} left");
    }

    private static string Pct(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
