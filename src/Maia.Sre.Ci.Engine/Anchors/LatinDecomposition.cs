using System.Globalization;
using System.Text;

namespace Maia.Sre.Ci.Anchors;

/// <summary>
/// NFKD decomposition that also works where the runtime cannot normalize: the tool runs with invariant globalization,
/// where <see cref="string.Normalize(NormalizationForm)"/> leaves non-ASCII text as it is, so "Ausführen" would lose
/// its <c>ü</c> instead of keeping the <c>u</c> that Python-Markdown and VitePress keep. Letters of Latin-1 and Latin
/// Extended-A (U+00C0 to U+017F) are replaced by their base letter here (the combining marks NFKD adds are what both
/// slugifiers drop); the rest goes through the runtime's normalization.
/// </summary>
internal static class LatinDecomposition
{
    /// <summary>The ASCII base letter of U+00C0 + i, or '.' for a letter NFKD does not decompose (Æ, Ø, ß, Ł, ...).</summary>
    private const string BaseLetters =
        "AAAAAA.CEEEEIIII.NOOOOO..UUUUY..aaaaaa.ceeeeiiii.nooooo..uuuuy.yAaAaAaCcCcCcCcDd..EeEeEeEeEeGgGgGgGgHh..IiIiIiIiI..."
        + "JjKk.LlLlLlLl..NnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTt..UuUuUuUuUuUuWwYyYZzZzZzs";

    /// <summary><paramref name="text"/> decomposed (NFKD), its Latin letters without their accents.</summary>
    public static string Decompose(string text)
    {
        StringBuilder? folded = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                >= '\u00C0' and <= '\u017F' when BaseLetters[c - '\u00C0'] != '.' => BaseLetters[c - '\u00C0'].ToString(),
                '\u0132' => "IJ",
                '\u0133' => "ij",
                _ => null,
            };
            if (replacement is null && folded is null)
            {
                continue;
            }

            folded ??= new StringBuilder(text.Length).Append(text, 0, i);
            folded.Append(replacement ?? c.ToString(CultureInfo.InvariantCulture));
        }

        return (folded?.ToString() ?? text).Normalize(NormalizationForm.FormKD);
    }
}
