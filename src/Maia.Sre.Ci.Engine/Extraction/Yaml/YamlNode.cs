using YamlDotNet.Core;

namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>
/// A node of a YAML document as <see cref="YamlTree"/> builds it from the parser's events: only what the CI readers
/// need, each node with where it starts and ends in the text. An alias is the node it names (the same object), so
/// content reached through an alias keeps the place it was written.
/// </summary>
internal abstract class YamlNode(int start, int end)
{
    /// <summary>Offset of the node's first character (its anchor or tag, if any) in <see cref="SourceText.All"/>.</summary>
    public int Start { get; } = start;

    /// <summary>Offset just past the node's last character.</summary>
    public int End { get; } = end;

    /// <summary>The tag as written (<c>!reference</c>), or empty.</summary>
    public string Tag { get; init; } = "";
}

/// <summary>A scalar: its value as YAML reads it, and how it was written.</summary>
internal sealed class YamlScalar(int start, int end, string value, ScalarStyle style, bool hasProperties) : YamlNode(start, end)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    /// <summary>True when an anchor or tag stands before the content (then <see cref="YamlNode.Start"/> is theirs).</summary>
    public bool HasProperties { get; } = hasProperties;

    /// <summary>True for a plain scalar equal to <paramref name="text"/> or a quoted one (a quoted key such as <c>"run":</c> is the key <c>run</c>).</summary>
    public bool Is(string text) => string.Equals(Value, text, StringComparison.Ordinal);
}

/// <summary>A sequence.</summary>
internal sealed class YamlSequence(int start, int end, List<YamlNode> items) : YamlNode(start, end)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;
}

/// <summary>A mapping, its pairs in the order written.</summary>
internal sealed class YamlMapping(int start, int end, List<KeyValuePair<YamlNode, YamlNode>> pairs) : YamlNode(start, end)
{
    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Pairs { get; } = pairs;

    /// <summary>
    /// The value of the first key equal to <paramref name="key"/> (ordinal, or ignoring case), else the value a merge
    /// key (<c>&lt;&lt;: *base</c>, or a list of them) brings in, as GitLab CI and Bitbucket read it; null when none.
    /// </summary>
    public YamlNode? Get(string key, bool ignoreCase = false)
    {
        var own = Own(key, ignoreCase);
        return own is not null || !HasMerges ? own : Merged(key, ignoreCase);
    }

    private bool HasMerges { get; } = pairs.Exists(static p => IsMerge(p.Key));

    private static bool IsMerge(YamlNode key) => key is YamlScalar { Value: "<<", Style: ScalarStyle.Plain };

    private YamlNode? Own(string key, bool ignoreCase)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var (k, v) in Pairs)
        {
            if (k is YamlScalar s && string.Equals(s.Value, key, comparison))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>The key from the merged mappings, depth first in the order written, each mapping once (aliases can repeat them).</summary>
    private YamlNode? Merged(string key, bool ignoreCase)
    {
        var visited = new HashSet<YamlMapping>(ReferenceEqualityComparer.Instance) { this };
        var pending = new Stack<YamlMapping>();
        PushMerges(this, pending);
        while (pending.TryPop(out var mapping))
        {
            if (!visited.Add(mapping))
            {
                continue;
            }

            if (mapping.Own(key, ignoreCase) is { } found)
            {
                return found;
            }

            PushMerges(mapping, pending);
        }

        return null;
    }

    private static void PushMerges(YamlMapping mapping, Stack<YamlMapping> pending)
    {
        // Pushed last first, so the first merge written is looked in first.
        for (var i = mapping.Pairs.Count - 1; i >= 0; i--)
        {
            var (k, v) = mapping.Pairs[i];
            if (!IsMerge(k))
            {
                continue;
            }

            if (v is YamlMapping single)
            {
                pending.Push(single);
            }
            else if (v is YamlSequence list)
            {
                for (var j = list.Items.Count - 1; j >= 0; j--)
                {
                    if (list.Items[j] is YamlMapping m)
                    {
                        pending.Push(m);
                    }
                }
            }
        }
    }

    /// <summary>The scalar value of <paramref name="key"/> (see <see cref="Get(string, bool)"/>), or null when absent or not a scalar.</summary>
    public string? Text(string key, bool ignoreCase = false) => (Get(key, ignoreCase) as YamlScalar)?.Value;
}
