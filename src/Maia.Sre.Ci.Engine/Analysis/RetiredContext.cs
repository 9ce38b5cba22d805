using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Analysis;

/// <summary>Recognises lines that say a file is gone or not written yet.</summary>
public static partial class RetiredContext
{
    /// <summary>
    /// The word or phrase in <paramref name="line"/> that marks the mention as retired or planned, or null. A word that is
    /// part of a path or a name (<c>docs/legacy/x.md</c>, <c>old-api.sh</c>) says nothing. The line stays a span and the
    /// search allocates nothing: only a phrase found becomes a string.
    /// </summary>
    public static string? Find(ReadOnlySpan<char> line) => Find(line, heading: false);

    /// <summary>
    /// The word or phrase in a heading that marks every mention under it as retired or planned, or null. A heading's
    /// "Legacy" names a topic (a legacy API, legacy mode) more often than files that are gone, so it does not count.
    /// </summary>
    public static string? FindInHeading(ReadOnlySpan<char> heading) => Find(heading, heading: true);

    private static string? Find(ReadOnlySpan<char> line, bool heading)
    {
        foreach (var m in Words().EnumerateMatches(line))
        {
            if (InName(line, m.Index, m.Length))
            {
                continue;
            }

            var phrase = line.Slice(m.Index, m.Length);
            if (heading && phrase.Equals("legacy", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return phrase.ToString().ToLowerInvariant();
        }

        return null;
    }

    /// <summary>True when the match is glued to a path or a name: a slash, backslash or underscore beside it, a dot or
    /// hyphen joining it to a letter or digit.</summary>
    private static bool InName(ReadOnlySpan<char> line, int index, int length)
    {
        if (index > 0)
        {
            var before = line[index - 1];
            if (before is '/' or '\\' or '_' || (before is '.' or '-' && index > 1 && char.IsLetterOrDigit(line[index - 2])))
            {
                return true;
            }
        }

        var end = index + length;
        if (end < line.Length)
        {
            var after = line[end];
            if (after is '/' or '\\' or '_' || (after is '.' or '-' && end + 1 < line.Length && char.IsLetterOrDigit(line[end + 1])))
            {
                return true;
            }
        }

        return false;
    }

    // Plain alternation with word boundaries: linear time, no nested quantifiers.
    [GeneratedRegex(
        @"(?:\b(?:deleted|removed|deprecated|renamed|moved to|no longer|not yet implemented|not implemented|planned|future|obsolete|retired|to be written|coming soon|was replaced|superseded|proposed|to do|todo|to be created|will be created|will create|will add|create (?:a|an|the|new)|new file|formerly|previously|legacy|old:|archived|unimplemented|not yet|does not exist|doesn't exist|no such)\b|- \[ \]|\*\*create\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
