using System.Text;

namespace Maia.Sre.Ci.Reports.Graph;

/// <summary>Draws a <see cref="DependencyGraph"/> in Graphviz DOT.</summary>
public static class DotGraphWriter
{
    /// <summary>The DOT text.</summary>
    public static string Write(DependencyGraph graph)
    {
        var text = new StringBuilder("digraph dependencies {\n");
        text.Append("  rankdir=LR;\n");
        text.Append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n");
        foreach (var node in graph.Nodes)
        {
            text.Append("  ").Append(node.Id).Append(" [label=").Append(Quote(MermaidGraphWriter.Label(node))).Append(Style(node)).Append("];\n");
        }

        foreach (var edge in graph.Edges)
        {
            text.Append("  ").Append(edge.From).Append(" -> ").Append(edge.To);
            var attributes = new List<string>();
            if (edge.Missing)
            {
                attributes.Add("style=dashed, color=\"#cc0000\"");
            }

            if (edge.Count > 1)
            {
                attributes.Add("label=" + Quote(edge.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            text.Append(attributes.Count > 0 ? $" [{string.Join(", ", attributes)}]" : "").Append(";\n");
        }

        if (graph.Omitted is not null)
        {
            text.Append("  labelloc=b;\n  label=").Append(Quote(graph.Omitted)).Append(";\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string Style(GraphNode node) =>
        node.Critical ? ", fillcolor=\"#ffb3b3\", color=\"#990000\", penwidth=3"
        : node.Missing ? ", fillcolor=\"#ffe5e5\", color=\"#cc0000\", style=\"rounded,filled,dashed\""
        : node.SinglePointOfFailure ? ", fillcolor=\"#fff4c2\", color=\"#b58900\", penwidth=2"
        : "";

    /// <summary>A DOT quoted string: backslash and double quote escaped, line breaks as spaces.</summary>
    internal static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal) + "\"";
}
