using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Fixes;

/// <summary>
/// Decides whether a phantom gets a fix and computes its edit. Only phantoms at warning or above are fixed (a note is
/// uncertain by design); safe when git recorded the rename or only letter case differs, unsafe for the one file of that
/// name or with those words elsewhere; never for a guess by edit distance or a suggestion among several candidates.
/// The edit covers only the reference's own characters: a link's <c>#fragment</c> or <c>?query</c>, quotes and
/// everything else on the line stay as they are.
/// </summary>
public static class FixPlanner
{
    /// <summary>
    /// The fix for the phantom <paramref name="reference"/> on <paramref name="line"/> of <paramref name="source"/>,
    /// whose missing <paramref name="target"/> should be <paramref name="suggestion"/> (found in history as
    /// <paramref name="provenance"/> when it was renamed there); null when there is none.
    /// </summary>
    public static Fix? Plan(string source, ReadOnlySpan<char> line, RawReference reference, string target, SuggestedPath suggestion, Severity severity, History.Provenance? provenance, Inventory inventory)
    {
        var safety = Safety(suggestion, severity);
        if (safety is null || reference.Column < 1 || reference.Column - 1 + reference.Length > line.Length || !inventory.HasFile(suggestion.Path))
        {
            return null;
        }

        var raw = line.Slice(reference.Column - 1, reference.Length);
        string oldText, newText;
        if (reference.Kind == ReferenceKind.Link)
        {
            // The span is the whole destination; the path is what comes before '?' or '#'.
            var end = raw.IndexOfAny('?', '#');
            var rawPath = (end < 0 ? raw : raw[..end]).ToString();
            if (LinkTargets.Split(rawPath).Path != reference.Text)
            {
                return null;
            }

            var replacement = ReplacementText.For(reference.Text, target, suggestion.Path, reference.Kind, inventory);
            if (replacement is null)
            {
                return null;
            }

            var angled = reference.Column >= 2 && line[reference.Column - 2] == '<';
            oldText = rawPath;
            newText = LinkText.Write(replacement, encode: rawPath != reference.Text, angled);
            if (LinkTargets.Split(newText).Path != replacement)
            {
                return null;
            }
        }
        else
        {
            if (!raw.SequenceEqual(reference.Text))
            {
                return null;
            }

            oldText = reference.Text;
            newText = ReplacementText.For(reference.Text, target, suggestion.Path, reference.Kind, inventory) ?? "";
        }

        if (newText.Length == 0 || newText == oldText || newText.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            return null;
        }

        var edit = new TextEdit(source, reference.Line, reference.Column, reference.Column + oldText.Length, oldText, newText);
        return new Fix(safety.Value, $"Replace '{oldText}' with '{newText}' ({Why(suggestion, provenance)})", [edit]);
    }

    /// <summary>Why the fix is right, for its description.</summary>
    private static string Why(SuggestedPath suggestion, History.Provenance? provenance) => suggestion.Basis switch
    {
        SuggestionBasis.Renamed when provenance is { Renamed: true } => "renamed in " + string.Join(", then ", provenance.Steps.Select(s => s.Commit.ShortHash)),
        SuggestionBasis.Renamed => "renamed in the change checked",
        SuggestionBasis.CaseOnly => "only letter case differs",
        SuggestionBasis.SameName => $"the only '{RepoPath.Name(suggestion.Path)}' in the repository",
        _ => "the only file with the same words in its name",
    };

    /// <summary>How sure a fix to <paramref name="suggestion"/> would be, or null when it must not be offered.</summary>
    public static FixSafety? Safety(SuggestedPath suggestion, Severity severity)
    {
        if (severity < Severity.Warning || !suggestion.Unique)
        {
            return null;
        }

        return suggestion.Basis switch
        {
            SuggestionBasis.Renamed or SuggestionBasis.CaseOnly => FixSafety.Safe,
            SuggestionBasis.SameName or SuggestionBasis.Reordered => FixSafety.Unsafe,
            _ => null,
        };
    }

    /// <summary>
    /// The suggestion for a missing <paramref name="target"/> that differs from the existing <paramref name="variant"/>
    /// in letter case: case-only (safe) when the whole path differs only in case and no other path does; for a bare name
    /// matched by name anywhere, a same-name suggestion (unsafe), unique when no other file has that name in any case.
    /// </summary>
    public static SuggestedPath CaseSuggestion(string target, string variant, Inventory inventory)
    {
        var wholePath = string.Equals(target, variant, StringComparison.OrdinalIgnoreCase);
        var count = 0;
        foreach (var path in inventory.WithNameIgnoringCase(RepoPath.Name(variant)))
        {
            count += !wholePath || string.Equals(path, variant, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        return new SuggestedPath(variant, wholePath ? SuggestionBasis.CaseOnly : SuggestionBasis.SameName, count == 1);
    }
}
