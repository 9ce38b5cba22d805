using System.Globalization;
using System.Text;

namespace Maia.Sre.Ci.Anchors;

/// <summary>
/// GitHub's heading IDs, ported from github-slugger 2.0 (what GitHub and remark use): lower-case the text, remove
/// every character that is not a letter, mark, decimal or letter number, connector punctuation (<c>_</c>), space or
/// <c>-</c> (emoji, symbols, other punctuation, controls and format characters go), then turn each space into
/// <c>-</c>. Symbols that are Unicode-alphabetic (circled and squared Latin letters such as Ⓐ, 🄰) are kept, as
/// upstream's generated expression keeps them; characters Unicode assigned after 13.0 are stripped, as upstream
/// (generated from Unicode 13) strips them. Use <see cref="SlugCounter"/> for the <c>-1</c>, <c>-2</c> suffixes.
/// </summary>
public static class GitHubSlug
{
    /// <summary>The slug of one heading's plain text, without a duplicate suffix.</summary>
    public static string Of(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return OfAscii(text);
        }

        var lower = LowerCase(text);
        var slug = new StringBuilder(lower.Length);
        Span<char> units = stackalloc char[2];
        foreach (var rune in lower.EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                slug.Append('-');
            }
            else if (rune.Value == '-' || Keeps(rune))
            {
                slug.Append(units[..rune.EncodeToUtf16(units)]);
            }
        }

        return slug.ToString();
    }

    /// <summary>
    /// <see cref="Of"/> for ASCII text (most headings), in one pass and one string: letters lower-cased, digits and
    /// <c>_</c> kept, space and <c>-</c> become <c>-</c>, every other ASCII character (punctuation, symbols,
    /// controls) removed, which is what the general path does with them.
    /// </summary>
    private static string OfAscii(string text)
    {
        return string.Create(Kept(text), text, static (slug, text) =>
        {
            var at = 0;
            foreach (var c in text)
            {
                if (c is ' ' or '-')
                {
                    slug[at++] = '-';
                }
                else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')
                {
                    slug[at++] = c;
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    slug[at++] = (char)(c + ('a' - 'A'));
                }
            }
        });

        static int Kept(string text)
        {
            var count = 0;
            foreach (var c in text)
            {
                count += c is ' ' or '-' or '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>
    /// JavaScript's <c>toLowerCase</c>: .NET's invariant mapping plus the two context rules it lacks, 'İ' to 'i' and a
    /// combining dot, and a word-final 'Σ' to 'ς'.
    /// </summary>
    private static string LowerCase(string text)
    {
        var source = text.Replace("\u0130", "i\u0307", StringComparison.Ordinal);
        var lower = source.ToLowerInvariant().ToCharArray();
        for (var i = source.IndexOf('\u03A3', StringComparison.Ordinal); i >= 0; i = source.IndexOf('\u03A3', i + 1))
        {
            if (i > 0 && char.IsLetter(source[i - 1]) && (i + 1 == source.Length || !char.IsLetter(source[i + 1])))
            {
                lower[i] = '\u03C2';
            }
        }

        return new string(lower);
    }

    private static bool Keeps(Rune rune)
    {
        if (Unicode13Gaps.Contains(rune.Value))
        {
            return false;
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
            case UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
            case UnicodeCategory.OtherSymbol:
                return IsAlphabeticSymbol(rune.Value);
            default:
                return false;
        }
    }

    /// <summary>The Other_Symbol code points with Unicode's Alphabetic property (upstream removes Alphabetic from the strip set).</summary>
    private static bool IsAlphabeticSymbol(int c) =>
        c is (>= 0x24B6 and <= 0x24E9) or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189);
}
