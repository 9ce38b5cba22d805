namespace Maia.Sre.Ci.Model;

/// <summary>
/// The order of findings in every report: file, line, column, rule and message (ordinal), and among findings equal in
/// all five, the order they were found in (a stable sort).
/// </summary>
public static class FindingOrder
{
    /// <summary>Compares by file, line, column, rule and message (ordinal).</summary>
    public static int Compare(Finding a, Finding b)
    {
        var c = string.CompareOrdinal(a.File, b.File);
        c = c != 0 ? c : a.Line.CompareTo(b.Line);
        c = c != 0 ? c : a.Column.CompareTo(b.Column);
        c = c != 0 ? c : string.CompareOrdinal(a.RuleId, b.RuleId);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }

    /// <summary>
    /// Sorts <paramref name="findings"/> in place, stably. A list already in order (the usual case: the analyzer sorts
    /// each source's findings while scanning, and the sources come in order) is only read once.
    /// </summary>
    public static void Sort(List<Finding> findings)
    {
        if (IsSorted(findings))
        {
            return;
        }

        // List.Sort is not stable: the original place breaks ties.
        var keyed = new (Finding Finding, int Place)[findings.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            keyed[i] = (findings[i], i);
        }

        Array.Sort(keyed, static (a, b) =>
        {
            var c = Compare(a.Finding, b.Finding);
            return c != 0 ? c : a.Place.CompareTo(b.Place);
        });
        for (var i = 0; i < keyed.Length; i++)
        {
            findings[i] = keyed[i].Finding;
        }
    }

    private static bool IsSorted(List<Finding> findings)
    {
        for (var i = 1; i < findings.Count; i++)
        {
            if (Compare(findings[i - 1], findings[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
