using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Analysis;

/// <summary>Recognises lines that say a file is gone or not written yet.</summary>
public static partial class RetiredContext
{
    /// <summary>The word or phrase in <paramref name="line"/> that marks the mention as retired or planned, or null.</summary>
    public static string? Find(string line)
    {
        var m = Words().Match(line);
        return m.Success ? m.Value.ToLowerInvariant() : null;
    }

    // Plain alternation with word boundaries: linear time, no nested quantifiers.
    [GeneratedRegex(
        @"\b(?:deleted|removed|deprecated|renamed|moved to|no longer|not yet implemented|not implemented|planned|future|obsolete|retired|to be written|coming soon|was replaced|superseded)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
