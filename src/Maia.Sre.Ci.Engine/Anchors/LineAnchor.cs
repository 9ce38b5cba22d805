namespace Maia.Sre.Ci.Anchors;

/// <summary>A GitHub line anchor: <c>L10</c>, <c>L10-L20</c>, <c>L10C5</c> or <c>L10C5-L12C3</c>.</summary>
/// <param name="First">First line.</param>
/// <param name="Last">Last line (the first, for a single line).</param>
public readonly record struct LineAnchor(int First, int Last)
{
    /// <summary>Parses <paramref name="fragment"/>; null when it is not a line anchor.</summary>
    public static LineAnchor? Parse(string fragment)
    {
        var i = 0;
        if (!Line(fragment, ref i, out var first))
        {
            return null;
        }

        var last = first;
        if (i < fragment.Length)
        {
            if (fragment[i] != '-')
            {
                return null;
            }

            i++;
            if (!Line(fragment, ref i, out last))
            {
                return null;
            }
        }

        return i == fragment.Length ? new LineAnchor(first, last) : null;
    }

    private static bool Line(string s, ref int i, out int line)
    {
        line = 0;
        if (i >= s.Length || s[i] != 'L')
        {
            return false;
        }

        i++;
        if (!Number(s, ref i, out line))
        {
            return false;
        }

        if (i >= s.Length || s[i] != 'C')
        {
            return true;
        }

        i++;
        return Number(s, ref i, out _);
    }

    private static bool Number(string s, ref int i, out int value)
    {
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && i - start < 9)
        {
            i++;
        }

        value = i > start ? int.Parse(s.AsSpan(start, i - start), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return i > start;
    }
}
