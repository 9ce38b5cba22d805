namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// Case-insensitive search for ASCII needles. <see cref="string.Contains(string, StringComparison)"/> with
/// <see cref="StringComparison.OrdinalIgnoreCase"/> is not vectorised under invariant globalization and showed up as a
/// quarter of the CPU of a 10,000-file scan; this finds candidates with a vectorised two-value search instead.
/// </summary>
internal static class AsciiSearch
{
    /// <summary>True when <paramref name="text"/> contains <paramref name="lowerNeedle"/> (lower-case ASCII letters) in any letter case.</summary>
    public static bool ContainsIgnoreCase(ReadOnlySpan<char> text, string lowerNeedle)
    {
        var first = lowerNeedle[0];
        var firstUpper = char.ToUpperInvariant(first);
        var last = text.Length - lowerNeedle.Length;
        var at = 0;
        while (at <= last)
        {
            var hit = text[at..].IndexOfAny(first, firstUpper);
            if (hit < 0 || at + hit > last)
            {
                return false;
            }

            at += hit;
            if (text.Slice(at + 1, lowerNeedle.Length - 1).Equals(lowerNeedle.AsSpan(1), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            at++;
        }

        return false;
    }
}
