using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// One worker's accumulation for the source it is scanning: emptied and reused from one source to the next, so the
/// lists grow once per worker instead of once per source. <see cref="ToResult"/> keeps what the source produced.
/// </summary>
internal sealed class SourceScan
{
    public List<Finding> Findings { get; } = [];

    /// <summary>Edges as found (a target named twice gives two); the analyzer sorts them and drops repeats at the end.</summary>
    public List<DependencyEdge> Edges { get; } = [];

    public int Dependencies { get; set; }

    /// <summary>Empties the scan for the next source.</summary>
    public void Clear()
    {
        Findings.Clear();
        Edges.Clear();
        Dependencies = 0;
    }

    /// <summary>
    /// What the source produced apart from its edges (<see cref="SourceEdges"/>), in an array of the exact size (none
    /// at all when empty): the run keeps one per source until the end, and at 100,000 sources every object less per
    /// source is one the garbage collector need not move.
    /// </summary>
    public ScanResult ToResult()
    {
        var (phantoms, critical) = CountPhantoms(Findings);
        return new ScanResult(
            Findings.Count == 0 ? [] : Findings.ToArray(),
            Dependencies,
            phantoms,
            critical);
    }

    /// <summary>
    /// The unsuppressed phantom references at warning and above among <paramref name="findings"/> (what the health
    /// score counts: a note is a doubt, not a phantom), and the critical ones among them.
    /// </summary>
    public static (int Phantoms, int Critical) CountPhantoms(IEnumerable<Finding> findings)
    {
        var phantoms = 0;
        var critical = 0;
        foreach (var finding in findings)
        {
            if (IsPhantom(finding))
            {
                phantoms++;
                critical += finding.Severity == Severity.Critical ? 1 : 0;
            }
        }

        return (phantoms, critical);
    }

    private static bool IsPhantom(Finding finding) =>
        finding.RuleId == RuleIds.PhantomReference && finding.Suppression is null && finding.Severity >= Severity.Warning;
}

/// <summary>What one source produced.</summary>
/// <param name="Findings">Its findings, in report order.</param>
/// <param name="Dependencies">References that resolved to an existing file or to nothing.</param>
/// <param name="Phantoms">Unsuppressed phantom references among <paramref name="Findings"/>.</param>
/// <param name="CriticalPhantoms">The critical ones among <paramref name="Phantoms"/>.</param>
internal readonly record struct ScanResult(Finding[] Findings, int Dependencies, int Phantoms, int CriticalPhantoms);
