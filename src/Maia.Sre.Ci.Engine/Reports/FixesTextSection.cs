using Maia.Sre.Ci.Fixes;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Reports;

/// <summary>The text summary's lines about fixes and history: what <c>--fix</c> would repair, and, once, that history was missing.</summary>
internal static class FixesTextSection
{
    /// <summary>Writes <c>  fixable: 3 with --fix (1 more with --unsafe-fixes)</c> and the history note, each only when there is something to say.</summary>
    public static void Write(TextWriter output, RunResult result)
    {
        var fixes = FixSelection.From(result.ActiveFindings, includeUnsafe: false);
        if (fixes.Safe + fixes.Unsafe > 0)
        {
            output.WriteLine((fixes.Safe, fixes.Unsafe) switch
            {
                (0, var @unsafe) => $"  fixable: {@unsafe} with --fix --unsafe-fixes",
                (var safe, 0) => $"  fixable: {safe} with --fix",
                var (safe, @unsafe) => $"  fixable: {safe} with --fix ({@unsafe} more with --unsafe-fixes)",
            });
        }

        if (result.History?.Note is { } note)
        {
            output.WriteLine($"  history: {note}");
        }
    }
}
