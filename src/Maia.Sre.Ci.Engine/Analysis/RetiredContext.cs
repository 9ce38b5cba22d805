using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Analysis;

/// <summary>Recognises lines that say a file is gone or not written yet.</summary>
public static partial class RetiredContext
{
    /// <summary>
    /// The word or phrase in <paramref name="line"/> that marks the mention as retired or planned, or null. The line
    /// stays a span and the search allocates nothing: only a phrase found becomes a string.
    /// </summary>
    public static string? Find(ReadOnlySpan<char> line)
    {
        foreach (var m in Words().EnumerateMatches(line))
        {
            return line.Slice(m.Index, m.Length).ToString().ToLowerInvariant();
        }

        return null;
    }

    // Plain alternation with word boundaries: linear time, no nested quantifiers.
    [GeneratedRegex(
        @"(?:\b(?:deleted|removed|deprecated|renamed|moved to|no longer|not yet implemented|not implemented|planned|future|obsolete|retired|to be written|coming soon|was replaced|superseded|proposed|to do|todo|to be created|will be created|will create|will add|create (?:a|an|the|new)|new file|formerly|previously|legacy|old:|archived|unimplemented|not yet|does not exist|doesn't exist|no such)\b|- \[ \]|\*\*create\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
