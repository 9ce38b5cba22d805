using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>
/// Reads every document of a YAML file into <see cref="YamlNode"/>s with YamlDotNet's event-level
/// <see cref="Parser"/> (no reflection, trimming- and AOT-safe). Built with an explicit stack, so hostile nesting
/// cannot overflow the call stack. Throws <see cref="YamlException"/> on malformed YAML.
/// </summary>
internal static class YamlTree
{
    /// <summary>The root node of each document of <paramref name="text"/>, in order (an empty document is left out).</summary>
    public static List<YamlNode> Read(SourceText text)
    {
        var documents = new List<YamlNode>(1);
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var open = new Stack<Open>();
        var shift = SourceTextReader.Start(text);
        var parser = new Parser(new SourceTextReader(text));
        while (Next(parser))
        {
            YamlNode? done = null;
            switch (parser.Current)
            {
                case Scalar s:
                    done = new YamlScalar(Offset(shift, s.Start), Offset(shift, s.End), s.Value, s.Style, !s.Anchor.IsEmpty || !s.Tag.IsEmpty) { Tag = TagOf(s) };
                    Remember(anchors, s, done);
                    break;
                case AnchorAlias alias:
                    // An anchor counts once its node is complete, so an alias can never make a cycle; one naming
                    // nothing (YamlDotNet's parser does not check) stands for an empty value.
                    done = anchors.GetValueOrDefault(alias.Value.Value) ?? new YamlScalar(Offset(shift, alias.Start), Offset(shift, alias.End), "", ScalarStyle.Plain, false);
                    break;
                case SequenceStart start:
                    open.Push(new Open(start, []));
                    continue;
                case MappingStart start:
                    open.Push(new Open(start, []));
                    continue;
                case SequenceEnd or MappingEnd:
                    var node = open.Pop();
                    var end = Offset(shift, parser.Current.End);
                    done = node.Event is SequenceStart
                        ? new YamlSequence(Offset(shift, node.Event.Start), end, node.Children) { Tag = TagOf(node.Event) }
                        : new YamlMapping(Offset(shift, node.Event.Start), end, Pairs(node.Children)) { Tag = TagOf(node.Event) };
                    Remember(anchors, node.Event, done);
                    break;
                case DocumentEnd:
                    anchors.Clear(); // anchors are per document
                    continue;
                default:
                    continue;
            }

            if (open.TryPeek(out var parent))
            {
                parent.Children.Add(done);
            }
            else
            {
                documents.Add(done);
            }
        }

        return documents;
    }

    /// <summary>
    /// <see cref="Parser.MoveNext"/>, with the few other exceptions YamlDotNet's scanner throws on some malformed
    /// input (seen: InvalidOperationException) made a <see cref="YamlException"/> at the last place read.
    /// </summary>
    private static bool Next(Parser parser)
    {
        var last = parser.Current?.End ?? Mark.Empty;
        try
        {
            return parser.MoveNext();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            throw new YamlException(last, last, "the YAML parser stopped after this point", ex);
        }
    }

    private static int Offset(int shift, Mark mark) => shift + (int)mark.Index;

    private static string TagOf(NodeEvent node) => node.Tag.IsEmpty || node.Tag.IsNonSpecific ? "" : node.Tag.Value;

    private static void Remember(Dictionary<string, YamlNode> anchors, NodeEvent node, YamlNode done)
    {
        if (!node.Anchor.IsEmpty)
        {
            anchors[node.Anchor.Value] = done;
        }
    }

    private static List<KeyValuePair<YamlNode, YamlNode>> Pairs(List<YamlNode> children)
    {
        var pairs = new List<KeyValuePair<YamlNode, YamlNode>>(children.Count / 2);
        for (var i = 0; i + 1 < children.Count; i += 2)
        {
            pairs.Add(new(children[i], children[i + 1]));
        }

        return pairs;
    }

    /// <summary>A collection whose end has not been read yet.</summary>
    private readonly record struct Open(NodeEvent Event, List<YamlNode> Children);
}
