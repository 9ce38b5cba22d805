using Maia.Sre.Ci.Services.Live;

namespace Maia.Sre.Ci.Services;

/// <summary>What the <c>services</c> rule set found: the definitions, and in live mode their health and SLO figures.</summary>
public sealed record ServiceReport
{
    /// <summary>Every service defined in the repository, by definition file.</summary>
    public IReadOnlyList<ServiceDefinition> Services { get; init; } = [];

    /// <summary>Live health per service (sorted by label), or null without <c>--live</c>.</summary>
    public IReadOnlyList<ServiceHealth>? Health { get; init; }

    /// <summary>The SLI/SLO summary, or null without <c>--live</c>.</summary>
    public HealthFigures? Figures { get; init; }

    /// <summary>When the live probe ran.</summary>
    public DateTimeOffset? CheckedAt { get; init; }

    /// <summary>Figures for the report summary (JSON <c>summary</c>), in order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> SummaryFigures()
    {
        var list = new List<KeyValuePair<string, double>>
        {
            new("services", Services.Count),
            new("servicesUnstartable", Services.Count(s => s.Unstartable)),
        };
        foreach (var cls in Enum.GetValues<ServiceClass>())
        {
            list.Add(new("services" + Pascal(cls.ToName()), Services.Count(s => s.Class == cls)));
        }

        if (Figures is { } f)
        {
            foreach (var state in Enum.GetValues<HealthState>())
            {
                list.Add(new("services" + state, f.Counts[state]));
            }

            list.Add(new("serviceAvailability", Math.Round(f.Availability, 1)));
            Add(list, "continuous", f.Continuous);
            Add(list, "scheduled", f.Scheduled);
        }

        return list;
    }

    private static void Add(List<KeyValuePair<string, double>> list, string name, SloFigure? slo)
    {
        if (slo is null)
        {
            return;
        }

        list.Add(new(name + "Sli", Math.Round(slo.Value, 1)));
        list.Add(new(name + "Slo", slo.Target));
        list.Add(new(name + "ErrorBudgetLeft", Math.Round(slo.BudgetLeft, 1)));
    }

    private static string Pascal(string name) => string.Concat(name.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
