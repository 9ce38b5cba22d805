using System.Globalization;
using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Preflight;

/// <summary>A dotted version number (1 to 4 parts) as tools print it in their <c>--version</c> output.</summary>
public sealed partial record ToolVersion(IReadOnlyList<int> Parts)
{
    /// <summary>Parses <c>8</c>, <c>8.0</c>, <c>v2.39.1</c> or <c>1.2.3.4</c>; nothing else.</summary>
    public static bool TryParse(string text, out ToolVersion version)
    {
        var match = Exact().Match(text.Trim());
        version = match.Success ? FromMatch(match) : new ToolVersion([]);
        return match.Success;
    }

    /// <summary>
    /// The first version with at least two parts in <paramref name="output"/> (e.g. <c>git version 2.39.5</c>,
    /// <c>Python 3.12.1</c>, <c>v20.11.0</c>), or null when there is none.
    /// </summary>
    public static ToolVersion? Find(string output)
    {
        var match = InText().Match(output);
        return match.Success ? FromMatch(match) : null;
    }

    /// <summary>Parses a version that is known to be valid (checked when the configuration was read).</summary>
    public static ToolVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a version");

    /// <summary>Negative, zero or positive as this version is lower than, equal to or higher than <paramref name="other"/>; missing parts count as 0.</summary>
    public int CompareTo(ToolVersion other)
    {
        for (var i = 0; i < Math.Max(Parts.Count, other.Parts.Count); i++)
        {
            var difference = (i < Parts.Count ? Parts[i] : 0).CompareTo(i < other.Parts.Count ? other.Parts[i] : 0);
            if (difference != 0)
            {
                return difference;
            }
        }

        return 0;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join('.', Parts);

    private static ToolVersion FromMatch(Match match) =>
        new(match.Groups["v"].Value.Split('.').Select(p => int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray());

    [GeneratedRegex(@"^v?(?<v>\d{1,9}(?:\.\d{1,9}){0,3})$")]
    private static partial Regex Exact();

    // Not preceded by a letter, digit or dot, so "x86_64" or "1.2.3.4.5" fragments and build hashes are not taken.
    [GeneratedRegex(@"(?<![\w.])v?(?<v>\d{1,9}(?:\.\d{1,9}){1,3})(?![\d])")]
    private static partial Regex InText();
}
