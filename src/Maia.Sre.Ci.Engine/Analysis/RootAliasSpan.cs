using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Widens a token to the left over a root alias the token scanner cannot cross, such as
/// <c>${{ github.workspace }}/</c> (spaces) or <c>$(Build.SourcesDirectory)/</c> (parentheses).
/// </summary>
internal static class RootAliasSpan
{
    public static RawReference Extend(ReadOnlySpan<char> line, RawReference reference, RootAliases aliases)
    {
        var start = reference.Column - 1;
        var end = start + reference.Length;
        if (aliases.MaxPlainLength == 0 || start == 0)
        {
            return reference; // no alias can end inside the token after starting before it
        }

        foreach (var alias in aliases.PlainStartingIn(line[Math.Max(0, start - aliases.MaxPlainLength + 1)..start]))
        {
            if (alias.Length == 0 || reference.Text.StartsWith(alias, StringComparison.Ordinal))
            {
                continue;
            }

            // The alias must end inside the token, at or after its first character: it starts in [from, start).
            var from = Math.Max(0, start - alias.Length + 1);
            var windowEnd = Math.Min(line.Length, start - 1 + alias.Length);
            if (windowEnd - from < alias.Length)
            {
                continue;
            }

            var found = line.Slice(from, windowEnd - from).IndexOf(alias, StringComparison.Ordinal);
            var at = found < 0 ? -1 : from + found;
            if (at >= 0 && at < start && at + alias.Length > start && at + alias.Length <= end)
            {
                return reference with { Text = line[at..end].ToString(), Column = at + 1, Length = end - at };
            }
        }

        return reference;
    }
}
