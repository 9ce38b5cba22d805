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
    private const int MaxMergeDepth = 16;

    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Pairs { get; } = pairs;

    /// <summary>
    /// The value of the first key equal to <paramref name="key"/> (ordinal, or ignoring case), else the value a merge
    /// key (<c>&lt;&lt;: *base</c>, or a list of them) brings in, as GitLab CI and Bitbucket read it; null when none.
    /// </summary>
    public YamlNode? Get(string key, bool ignoreCase = false) => Get(key, ignoreCase, 0);

    private YamlNode? Get(string key, bool ignoreCase, int depth)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var (k, v) in Pairs)
        {
            if (k is YamlScalar s && string.Equals(s.Value, key, comparison))
            {
                return v;
            }
        }

        if (depth >= MaxMergeDepth)
        {
            return null; // merges of merges this deep are hostile, not CI
        }

        foreach (var (k, v) in Pairs)
        {
            if (k is YamlScalar { Value: "<<", Style: ScalarStyle.Plain })
            {
                var merged = v switch
                {
                    YamlMapping m => m.Get(key, ignoreCase, depth + 1),
                    YamlSequence s => s.Items.OfType<YamlMapping>().Select(m => m.Get(key, ignoreCase, depth + 1)).FirstOrDefault(n => n is not null),
                    _ => null,
                };
                if (merged is not null)
                {
                    return merged;
                }
            }
        }

        return null;
    }

    /// <summary>The scalar value of <paramref name="key"/> (see <see cref="Get(string, bool)"/>), or null when absent or not a scalar.</summary>
    public string? Text(string key, bool ignoreCase = false) => (Get(key, ignoreCase) as YamlScalar)?.Value;
}
