namespace Maia.Sre.Ci.Anchors;

/// <summary>
/// Gives each heading of one document a unique ID in document order, as github-slugger does: the first "Usage" is
/// <c>usage</c>, the next <c>usage-1</c>, then <c>usage-2</c>; a suffixed ID already taken (a heading literally named
/// "usage 1") is skipped over.
/// </summary>
public sealed class SlugCounter
{
    private readonly Dictionary<string, int> occurrences = new(StringComparer.Ordinal);

    /// <summary>The unique ID for the next heading with this plain text.</summary>
    public string Next(string headingText)
    {
        var original = GitHubSlug.Of(headingText);
        var result = original;
        while (occurrences.ContainsKey(result))
        {
            var count = occurrences[original] + 1;
            occurrences[original] = count;
            result = original + "-" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        occurrences[result] = 0;
        return result;
    }
}
