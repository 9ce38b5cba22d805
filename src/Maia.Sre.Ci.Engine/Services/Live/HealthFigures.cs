namespace Maia.Sre.Ci.Services.Live;

/// <summary>One service-level objective: the measured value against its target and the error budget.</summary>
/// <param name="Services">How many services it covers.</param>
/// <param name="Value">Measured percentage (the SLI).</param>
/// <param name="Target">The SLO, in percent.</param>
public sealed record SloFigure(int Services, double Value, double Target)
{
    /// <summary>True when the SLI meets the SLO.</summary>
    public bool Met => Value >= Target;

    /// <summary>Share of the error budget (100 − SLO) used, in percent (over 100 when exceeded).</summary>
    public double BudgetSpent => (100 - Value) / (100 - Target) * 100;

    /// <summary>Share of the error budget left, in percent (0 when exceeded).</summary>
    public double BudgetLeft => Math.Max(0, 100 - BudgetSpent);
}

/// <summary>The SLI/SLO summary of a live run.</summary>
public sealed record HealthFigures
{
    /// <summary>Services per state.</summary>
    public required IReadOnlyDictionary<HealthState, int> Counts { get; init; }

    /// <summary>All services probed.</summary>
    public int Total => Counts.Values.Sum();

    /// <summary>Healthy services as a share of all (the original monitor's SLI), in percent.</summary>
    public double Availability { get; init; }

    /// <summary>Healthy continuous services against the continuous SLO; null without continuous services.</summary>
    public SloFigure? Continuous { get; init; }

    /// <summary>Healthy or idle scheduled services against the scheduled SLO; null without scheduled services.</summary>
    public SloFigure? Scheduled { get; init; }

    /// <summary><c>healthy</c>, <c>degraded</c> or <c>critical</c>.</summary>
    public string Overall { get; init; } = "healthy";

    /// <summary>Computes the figures for <paramref name="rows"/>.</summary>
    public static HealthFigures Compute(IReadOnlyList<ServiceHealth> rows, double continuousSlo, double scheduledSlo)
    {
        var counts = Enum.GetValues<HealthState>().ToDictionary(s => s, s => rows.Count(r => r.State == s));
        var continuous = rows.Where(r => r.Service.Class == ServiceClass.Continuous).ToList();
        var scheduled = rows.Where(r => r.Service.Class != ServiceClass.Continuous).ToList();
        var figures = new HealthFigures
        {
            Counts = counts,
            Availability = Percent(counts[HealthState.Healthy], rows.Count),
            Continuous = continuous.Count == 0 ? null : new SloFigure(continuous.Count, Percent(continuous.Count(r => r.State == HealthState.Healthy), continuous.Count), continuousSlo),
            Scheduled = scheduled.Count == 0 ? null : new SloFigure(scheduled.Count, Percent(scheduled.Count(r => r.State is HealthState.Healthy or HealthState.Idle), scheduled.Count), scheduledSlo),
        };
        var troubled = counts[HealthState.Failed] + counts[HealthState.Degraded] + counts[HealthState.Unknown];
        var sloMet = figures.Continuous?.Met != false && figures.Scheduled?.Met != false;
        var overall = troubled == 0 && sloMet ? "healthy" : counts[HealthState.Healthy] + counts[HealthState.Idle] == 0 ? "critical" : "degraded";
        return figures with { Overall = overall };
    }

    private static double Percent(int part, int whole) => whole == 0 ? 100 : 100.0 * part / whole;
}
