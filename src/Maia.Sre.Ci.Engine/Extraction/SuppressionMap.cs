namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// Inline suppressions of a file: <c>&lt;!-- maia-sre-disable-line phantom-reference --&gt;</c>,
/// <c>maia-sre-disable-next-line</c>, <c>maia-sre-disable</c> … <c>maia-sre-enable</c>, <c>maia-sre-disable-file</c>,
/// and <c># maia-sre: ignore</c> (optionally <c>ignore[rule,…]</c>) on the line itself. Rules are named by id or name;
/// no rule list means every rule.
/// </summary>
public sealed class SuppressionMap
{
    private const string Marker = "maia-sre";
    private readonly Dictionary<int, List<string>?> lines = [];
    private readonly List<(int From, int To, List<string>? Rules)> ranges = [];

    private SuppressionMap()
    {
    }

    /// <summary>An empty map.</summary>
    public static SuppressionMap None { get; } = new();

    /// <summary>Reads every directive in <paramref name="text"/>.</summary>
    public static SuppressionMap Read(SourceText text)
    {
        if (!text.Contains(Marker))
        {
            return None; // most files: one vectorised search instead of one per line
        }

        SuppressionMap? map = null;
        var open = new List<(int From, List<string>? Rules)>();
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i);
            var at = line.IndexOf(Marker, StringComparison.Ordinal);
            while (at >= 0)
            {
                map ??= new SuppressionMap();
                var lineNo = i + 1;
                var rest = line[(at + Marker.Length)..];
                if (rest.StartsWith(": ignore-next-line", StringComparison.Ordinal))
                {
                    map.Add(lineNo + 1, Rules(rest[": ignore-next-line".Length..]));
                }
                else if (rest.StartsWith(": ignore", StringComparison.Ordinal))
                {
                    map.Add(lineNo, Rules(rest[": ignore".Length..]));
                }
                else if (rest.StartsWith("-disable-next-line", StringComparison.Ordinal))
                {
                    map.Add(lineNo + 1, Rules(rest["-disable-next-line".Length..]));
                }
                else if (rest.StartsWith("-disable-line", StringComparison.Ordinal))
                {
                    map.Add(lineNo, Rules(rest["-disable-line".Length..]));
                }
                else if (rest.StartsWith("-disable-file", StringComparison.Ordinal))
                {
                    map.ranges.Add((1, int.MaxValue, Rules(rest["-disable-file".Length..])));
                }
                else if (rest.StartsWith("-disable", StringComparison.Ordinal))
                {
                    open.Add((lineNo, Rules(rest["-disable".Length..])));
                }
                else if (rest.StartsWith("-enable", StringComparison.Ordinal))
                {
                    foreach (var (from, rules) in open)
                    {
                        map.ranges.Add((from, lineNo, rules));
                    }

                    open.Clear();
                }

                var next = line[(at + Marker.Length)..].IndexOf(Marker, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + Marker.Length + next;
            }
        }

        if (map is null)
        {
            return None;
        }

        foreach (var (from, rules) in open)
        {
            map.ranges.Add((from, int.MaxValue, rules));
        }

        return map;
    }

    /// <summary>True when a finding of the rule (<paramref name="ruleId"/> / <paramref name="ruleName"/>) on <paramref name="line"/> is silenced.</summary>
    public bool IsSuppressed(int line, string ruleId, string ruleName)
    {
        if (lines.TryGetValue(line, out var rules) && Covers(rules, ruleId, ruleName))
        {
            return true;
        }

        foreach (var (from, to, rangeRules) in ranges)
        {
            if (line >= from && line <= to && Covers(rangeRules, ruleId, ruleName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Covers(List<string>? rules, string id, string name) =>
        rules is null || rules.Contains(id, StringComparer.OrdinalIgnoreCase) || rules.Contains(name, StringComparer.OrdinalIgnoreCase);

    private void Add(int line, List<string>? rules)
    {
        if (lines.TryGetValue(line, out var existing))
        {
            lines[line] = existing is null || rules is null ? null : [.. existing, .. rules];
        }
        else
        {
            lines[line] = rules;
        }
    }

    private static List<string>? Rules(ReadOnlySpan<char> rest)
    {
        // Accept "[a,b]", " a b", " a, b" up to the end of a comment ("-->", "*/") or line.
        var text = rest.ToString();
        var end = text.IndexOf("-->", StringComparison.Ordinal);
        if (end >= 0)
        {
            text = text[..end];
        }

        var words = text.Split([' ', ',', '[', ']', '\t', '*', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.StartsWith("MSRE", StringComparison.OrdinalIgnoreCase) || w.Contains('-', StringComparison.Ordinal))
            .ToList();
        return words.Count == 0 ? null : words;
    }
}
