using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Analysis;

/// <summary>Per-source accumulation (one per parallel task, so no locking).</summary>
internal sealed class SourceScan
{
    public List<Finding> Findings { get; } = [];

    /// <summary>Edges as found (a target named twice gives two); the analyzer sorts them and drops repeats at the end.</summary>
    public List<DependencyEdge> Edges { get; } = [];

    public int Dependencies { get; set; }

    /// <summary>Unsuppressed phantom references among <see cref="Findings"/>, counted once they are final.</summary>
    public int Phantoms { get; private set; }

    /// <summary>The critical ones among <see cref="Phantoms"/>.</summary>
    public int CriticalPhantoms { get; private set; }

    /// <summary>Counts the phantoms in <see cref="Findings"/> (call once, when the findings are final).</summary>
    public void CountPhantoms()
    {
        foreach (var finding in Findings)
        {
            if (IsPhantom(finding))
            {
                Phantoms++;
                CriticalPhantoms += finding.Severity == Severity.Critical ? 1 : 0;
            }
        }
    }

    /// <summary>True for an unsuppressed phantom reference, the findings the health score counts.</summary>
    public static bool IsPhantom(Finding finding) =>
        finding.RuleId == RuleIds.PhantomReference && finding.Suppression is null;
}
