using System.Text;

namespace Maia.Sre.Ci.Reports.Graph;

/// <summary>Draws a <see cref="DependencyGraph"/> as a Mermaid flowchart (GitHub renders it in Markdown).</summary>
public static class MermaidGraphWriter
{
    /// <summary>The Mermaid text, without a Markdown fence.</summary>
    public static string Write(DependencyGraph graph)
    {
        var text = new StringBuilder("flowchart LR\n");
        foreach (var node in graph.Nodes)
        {
            text.Append("  ").Append(node.Id).Append("[\"").Append(Escape(Label(node))).Append("\"]\n");
        }

        foreach (var edge in graph.Edges)
        {
            var arrow = edge.Missing ? "-.->" : "-->";
            var label = edge.Count > 1 ? $"|{edge.Count}|" : "";
            text.Append("  ").Append(edge.From).Append(' ').Append(arrow).Append(label).Append(' ').Append(edge.To).Append('\n');
        }

        if (graph.Omitted is not null)
        {
            text.Append("  omitted[\"").Append(Escape(graph.Omitted)).Append("\"]\n");
        }

        text.Append("  classDef missing fill:#ffe5e5,stroke:#cc0000,stroke-dasharray:5 3\n");
        text.Append("  classDef critical fill:#ffb3b3,stroke:#990000,stroke-width:3px\n");
        text.Append("  classDef spof fill:#fff4c2,stroke:#b58900,stroke-width:2px\n");
        text.Append("  classDef note fill:#f4f4f4,stroke:#999999,stroke-dasharray:2 2\n");
        AppendClass(text, "critical", graph.Nodes.Where(n => n.Critical));
        AppendClass(text, "missing", graph.Nodes.Where(n => n.Missing && !n.Critical));
        AppendClass(text, "spof", graph.Nodes.Where(n => n.SinglePointOfFailure && !n.Missing));
        if (graph.Omitted is not null)
        {
            text.Append("  class omitted note\n");
        }

        return text.ToString();
    }

    /// <summary>The node's text: path, plus what is wrong or notable about it.</summary>
    internal static string Label(GraphNode node)
    {
        if (node.Kind == GraphNodeKind.Source)
        {
            return node.Label.EndsWith('/') ? $"{node.Label} ({node.Count} sources)" : node.Label;
        }

        var marks = new List<string>();
        if (node.Missing)
        {
            marks.Add(node.Critical ? "MISSING, critical" : "MISSING");
        }

        if (node.SinglePointOfFailure)
        {
            marks.Add($"single point of failure: {node.Count} sources");
        }

        return marks.Count == 0 ? node.Label : $"{node.Label} ({string.Join("; ", marks)})";
    }

    private static void AppendClass(StringBuilder text, string name, IEnumerable<GraphNode> nodes)
    {
        var ids = nodes.Select(n => n.Id).ToList();
        if (ids.Count > 0)
        {
            text.Append("  class ").Append(string.Join(',', ids)).Append(' ').Append(name).Append('\n');
        }
    }

    /// <summary>Mermaid entity codes for the characters that end or confuse a quoted label.</summary>
    internal static string Escape(string label) =>
        label.Replace("#", "#35;", StringComparison.Ordinal)
            .Replace("\"", "#quot;", StringComparison.Ordinal)
            .Replace("<", "#lt;", StringComparison.Ordinal)
            .Replace(">", "#gt;", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal);
}
