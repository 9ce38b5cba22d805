using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Anchors;

/// <summary>Why a link fragment points nowhere, with the anchor to suggest instead.</summary>
/// <param name="Message">What is wrong, without the file and fragment (the caller names them).</param>
/// <param name="Suggestion">An existing anchor to link to instead, or null.</param>
/// <param name="Doubt">Why it may well work after all (reported as a note), or null.</param>
public sealed record AnchorProblem(string Message, string? Suggestion, string? Doubt = null);

/// <summary>
/// Checks a link fragment against its target: Markdown files by heading IDs and explicit anchors (a line anchor
/// counts only with <c>?plain=1</c>, since GitHub shows Markdown rendered); other files only when the fragment is a
/// line anchor, against their line count. Other fragments into other files are left alone.
/// </summary>
public static class AnchorCheck
{
    /// <summary>Null when <paramref name="fragment"/> exists in <paramref name="file"/> (the repository file <paramref name="target"/>), else the problem.</summary>
    public static AnchorProblem? Check(FileAnchors file, string target, string fragment, bool plainView)
    {
        var id = Decode(fragment);
        if (id.Length == 0 || id.Equals("top", StringComparison.OrdinalIgnoreCase))
        {
            return null; // "#" and "#top" go to the top of any page
        }

        var lines = LineAnchor.Parse(id);
        if (!file.IsMarkdown || (plainView && lines is not null))
        {
            return lines is { } range ? CheckLines(file, target, range) : null;
        }

        id = id.StartsWith("user-content-", StringComparison.Ordinal) ? id["user-content-".Length..] : id;
        if (file.Has(id) || file.Incomplete)
        {
            return null;
        }

        if (lines is not null)
        {
            return new AnchorProblem($"'#{id}' is a line anchor, but GitHub shows '{target}' rendered, where line anchors go nowhere; add '?plain=1' before the '#' or link a heading", null);
        }

        var caseVariant = file.Ids.FirstOrDefault(a => a.Equals(id, StringComparison.OrdinalIgnoreCase));
        if (caseVariant is not null)
        {
            // GitHub's page script finds an anchor whatever its case; sites and other renderers do not.
            return new AnchorProblem($"'#{id}' differs in letter case from the anchor '#{caseVariant}' in '{target}'", caseVariant,
                "GitHub finds the anchor whatever its case, other renderers and documentation sites do not");
        }

        var slug = GitHubSlug.Of(id);
        var suggestion = file.Has(slug) ? slug : EditDistance.Closest(id, file.Ids, Math.Clamp(id.Length / 3, 1, 6));
        var message = file.Count == 0 ? $"'{target}' has no headings or anchors" : $"no heading or anchor '#{id}' in '{target}'";
        return new AnchorProblem(message + (suggestion is null ? "" : $"; did you mean '#{suggestion}'?"), suggestion);
    }

    private static AnchorProblem? CheckLines(FileAnchors file, string target, LineAnchor range)
    {
        if (range.First < 1 || range.Last < range.First)
        {
            return new AnchorProblem($"'#L{range.First}-L{range.Last}' is not a valid line range", null);
        }

        return range.Last > file.LineCount
            ? new AnchorProblem($"line {range.Last} is past the end of '{target}' ({file.LineCount} lines)", null)
            : null;
    }

    private static string Decode(string fragment)
    {
        if (!fragment.Contains('%', StringComparison.Ordinal))
        {
            return fragment;
        }

        try
        {
            return Uri.UnescapeDataString(fragment);
        }
        catch (UriFormatException)
        {
            return fragment;
        }
    }
}
