namespace Maia.Sre.Ci.Resolution;

/// <summary>
/// A list of <see cref="WildcardPattern"/>s asked one question: does any of them match? The patterns that start with a
/// literal ASCII character are filed under that character (lower-cased, as the patterns compare), so a text is only
/// tried against the patterns filed under its own first character and those that can start anywhere (<c>*x</c>,
/// <c>?x</c>, a non-ASCII letter). With the default placeholders, that is 6 patterns of 26 for most texts.
/// </summary>
public sealed class WildcardSet
{
    private readonly WildcardPattern[] all;
    private readonly WildcardPattern[] anyStart;
    private readonly WildcardPattern[]?[] byFirst = new WildcardPattern[]?[128];

    /// <summary>Prepares <paramref name="patterns"/>.</summary>
    public WildcardSet(IEnumerable<string> patterns)
    {
        all = patterns.Select(p => new WildcardPattern(p)).ToArray();
        var anywhere = new List<WildcardPattern>();
        var filed = new List<WildcardPattern>?[128];
        foreach (var pattern in all)
        {
            var text = pattern.ToString();
            if (text.Length > 0 && char.IsAscii(text[0]) && text[0] is not ('*' or '?'))
            {
                (filed[char.ToLowerInvariant(text[0])] ??= []).Add(pattern);
            }
            else
            {
                anywhere.Add(pattern);
            }
        }

        anyStart = [.. anywhere];
        for (var c = 0; c < filed.Length; c++)
        {
            byFirst[c] = filed[c]?.ToArray();
        }
    }

    /// <summary>True when any pattern matches <paramref name="text"/> (see <see cref="WildcardPattern.IsMatch"/>).</summary>
    public bool AnyMatch(ReadOnlySpan<char> text)
    {
        if (all.Length == 0)
        {
            return false;
        }

        if (text.Length > 0 && !char.IsAscii(text[0]))
        {
            // Case-insensitive matching maps a few non-ASCII letters to ASCII ones (the Kelvin sign to 'k'): try all.
            return WildcardPattern.AnyMatch(all, text);
        }

        // A pattern with a literal first character cannot match an empty text.
        return WildcardPattern.AnyMatch(anyStart, text)
            || (text.Length > 0 && byFirst[char.ToLowerInvariant(text[0])] is { } filed && WildcardPattern.AnyMatch(filed, text));
    }
}
