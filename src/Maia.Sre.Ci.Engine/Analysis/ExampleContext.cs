using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Analysis;

/// <summary>Recognises lines that give a path as an example (<c>e.g.</c>, <c>for example</c>, <c>such as</c>).</summary>
public static partial class ExampleContext
{
    /// <summary>The phrase in <paramref name="line"/> that marks its paths as examples, or null.</summary>
    public static string? Find(ReadOnlySpan<char> line)
    {
        foreach (var m in Words().EnumerateMatches(line))
        {
            return line.Slice(m.Index, m.Length).ToString().ToLowerInvariant();
        }

        return null;
    }

    // Plain alternation with word boundaries: linear time, no nested quantifiers.
    [GeneratedRegex(
        @"(?:\be\.g\.|\bi\.e\.|\bfor example\b|\bfor instance\b|\bsuch as\b|\bexamples?\**:|\bsomething like\b|\bimaginary\b|\bhypothetical\b|\bfictional\b|\bplaceholder\b|\byour (?:own |)(?:project|site|repo|repository|app|application|workspace|codebase|plugin|skill|directory|folder|package|module|source)s?\b|`[^`\s]*(?:\*\.|/\*|\*\*)[^`]*`)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
