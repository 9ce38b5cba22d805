using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Fixes;

/// <summary>The fixes a run offers, and those chosen: every safe one, and the unsafe ones too when asked.</summary>
/// <param name="Chosen">The findings whose fixes are to be applied, in report order.</param>
/// <param name="Safe">Findings with a safe fix.</param>
/// <param name="Unsafe">Findings with an unsafe fix.</param>
/// <param name="IncludesUnsafe">True when the unsafe fixes are chosen too.</param>
public sealed record FixSelection(IReadOnlyList<Finding> Chosen, int Safe, int Unsafe, bool IncludesUnsafe)
{
    /// <summary>Unsafe fixes left out (they need <c>--unsafe-fixes</c>).</summary>
    public int Hidden => IncludesUnsafe ? 0 : Unsafe;

    /// <summary>Chooses among <paramref name="findings"/> (the active ones of a run).</summary>
    public static FixSelection From(IEnumerable<Finding> findings, bool includeUnsafe)
    {
        var chosen = new List<Finding>();
        int safe = 0, @unsafe = 0;
        foreach (var finding in findings)
        {
            if (finding.Fix is not { } fix)
            {
                continue;
            }

            var isSafe = fix.Safety == FixSafety.Safe;
            safe += isSafe ? 1 : 0;
            @unsafe += isSafe ? 0 : 1;
            if (isSafe || includeUnsafe)
            {
                chosen.Add(finding);
            }
        }

        return new FixSelection(chosen, safe, @unsafe, includeUnsafe);
    }

    /// <summary>The chosen edits by file, files in ordinal order.</summary>
    public IEnumerable<IGrouping<string, TextEdit>> EditsByFile() =>
        Chosen.SelectMany(f => f.Fix!.Edits).GroupBy(e => e.File, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
}
