using System.Globalization;

namespace Maia.Sre.Ci.Text;

/// <summary>Counts in words: <c>1 file</c>, <c>2 files</c>, <c>1 dependency</c>, <c>3 dependencies</c>.</summary>
public static class Plural
{
    /// <summary><paramref name="count"/> and the noun, in the plural unless the count is one.</summary>
    public static string Of(int count, string singular) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : Noun(singular));

    /// <summary>The plural of an English noun, for the few kinds the reports use.</summary>
    public static string Noun(string singular) =>
        singular.EndsWith('y') && singular.Length > 1 && !"aeiou".Contains(singular[^2], StringComparison.Ordinal) ? singular[..^1] + "ies"
        : singular.EndsWith('s') || singular.EndsWith("sh", StringComparison.Ordinal) || singular.EndsWith("ch", StringComparison.Ordinal) ? singular + "es"
        : singular + "s";
}
