using System.Globalization;
using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Reports;

/// <summary>The phantom figures of <c>--verbose</c>: what was scanned, the health score's inputs, the single points of failure.</summary>
public static class PhantomTextSection
{
    /// <summary>Writes the section for <paramref name="figures"/>.</summary>
    public static void Write(TextWriter output, PhantomFigures figures)
    {
        var score = figures.HealthScore.ToString("0.0", CultureInfo.InvariantCulture);
        output.WriteLine($"Phantom dependencies: {Plural.Of(figures.SourcesScanned, "file")} scanned, {Plural.Of(figures.TotalDependencies, "dependency")}, {Plural.Of(figures.InventorySize, "file")} in the inventory");
        output.WriteLine($"  health {score}/100 = 100 - 50 x {figures.Phantoms} phantoms / {figures.TotalDependencies} dependencies - 10 x {figures.CriticalPhantoms} critical (findings at warning and above; clamped to 0..100)");
        if (figures.SinglePointsOfFailure.Count == 0)
        {
            output.WriteLine("  single points of failure: none");
            return;
        }

        // A figure, not a verdict: how many files depend on each tool, and whether it is missing.
        output.WriteLine($"  single points of failure: {figures.SinglePointsOfFailure.Count}");
        foreach (var spof in figures.SinglePointsOfFailure.Take(10))
        {
            output.WriteLine($"    {spof.Tool}: referenced from {Plural.Of(spof.References, "file")}{(spof.Exists ? "" : "; missing")}");
        }

        if (figures.SinglePointsOfFailure.Count > 10)
        {
            output.WriteLine($"    ... and {figures.SinglePointsOfFailure.Count - 10} more (JSON report: singlePointsOfFailure)");
        }
    }
}
