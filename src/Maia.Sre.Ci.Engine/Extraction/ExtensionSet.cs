namespace Maia.Sre.Ci.Extraction;

/// <summary>The configured tool extensions, matched without allocation and ignoring case.</summary>
public sealed class ExtensionSet
{
    private readonly string[] extensions;

    // Extensions by the lower-cased letter after the dot: most dots (sentence ends, versions) are rejected by one look-up,
    // in a table for ASCII letters and a dictionary for the rest.
    private readonly Dictionary<char, string[]> byFirstLetter;
    private readonly string[]?[] byAsciiLetter = new string[]?[128];

    /// <summary>Creates the set from extensions written with their dot (<c>.py</c>).</summary>
    public ExtensionSet(IEnumerable<string> extensions)
    {
        // Longest first so ".psm1" wins over ".ps1"-style prefixes and ".bash" over ".b…".
        this.extensions = extensions.Select(e => e.ToLowerInvariant()).Distinct().OrderByDescending(e => e.Length).ToArray();
        byFirstLetter = this.extensions.Where(e => e.Length > 1).GroupBy(e => e[1]).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var (letter, candidates) in byFirstLetter)
        {
            if (letter < 128)
            {
                byAsciiLetter[letter] = candidates;
            }
        }
    }

    /// <summary>The extensions, longest first.</summary>
    public IReadOnlyList<string> All => extensions;

    /// <summary>
    /// Length of the extension that starts at <paramref name="dot"/> and ends at a token boundary, or 0.
    /// A boundary is the end of the text or a character that cannot continue a file name.
    /// </summary>
    public int MatchAt(ReadOnlySpan<char> line, int dot)
    {
        if (dot + 1 >= line.Length)
        {
            return 0;
        }

        var letter = char.ToLowerInvariant(line[dot + 1]);
        var candidates = letter < 128 ? byAsciiLetter[letter] : byFirstLetter.GetValueOrDefault(letter);
        if (candidates is null)
        {
            return 0;
        }

        foreach (var extension in candidates)
        {
            var end = dot + extension.Length;
            if (end > line.Length || !line.Slice(dot, extension.Length).Equals(extension, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (end == line.Length || IsBoundary(line, end))
            {
                return extension.Length;
            }
        }

        return 0;
    }

    private static bool IsBoundary(ReadOnlySpan<char> line, int index)
    {
        var c = line[index];
        if (char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '$' || c == '{' || c == '~' || c == '/')
        {
            return false;
        }

        // "x.js.map" and "x.sh/" continue the name; a sentence-ending "x.sh." does not.
        if (c == '.' && index + 1 < line.Length && (char.IsLetterOrDigit(line[index + 1]) || line[index + 1] == '_'))
        {
            return false;
        }

        return true;
    }
}
