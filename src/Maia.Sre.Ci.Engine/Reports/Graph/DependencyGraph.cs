using Maia.Sre.Ci.Analysis;

namespace Maia.Sre.Ci.Reports.Graph;

/// <summary>
/// The sources → tools graph drawn by <c>maia-sre graph</c> and the step summary, already cut to a readable size:
/// missing tools first, then single points of failure, then the most referenced; sources grouped by folder when there
/// are too many. <see cref="Omitted"/> says what was left out.
/// </summary>
public sealed class DependencyGraph
{
    private DependencyGraph(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, string? omitted)
    {
        Nodes = nodes;
        Edges = edges;
        Omitted = omitted;
    }

    /// <summary>Sources (or source folders) first, then tools; each in label order.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>Edges in source, then tool order.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>What was left out to keep the picture readable, in words; null when nothing was.</summary>
    public string? Omitted { get; }

    /// <summary>Builds the graph from the run's edges, keeping at most <paramref name="maxTools"/> tools and <paramref name="maxSources"/> source nodes.</summary>
    public static DependencyGraph Build(PhantomFigures figures, int maxTools = 40, int maxSources = 40)
    {
        var spofs = figures.SinglePointsOfFailure.Select(s => s.Tool).ToHashSet(StringComparer.Ordinal);
        var tools = figures.Edges.GroupBy(e => e.Target, StringComparer.Ordinal)
            .Select(g => new ToolInfo(g.Key, !g.Any(e => e.Exists), g.Any(e => e.Critical), spofs.Contains(g.Key), g.Select(e => e.Source).Distinct().Count()))
            .OrderByDescending(t => t.Missing).ThenByDescending(t => t.Critical).ThenByDescending(t => t.Spof)
            .ThenByDescending(t => t.Sources).ThenBy(t => t.Path, StringComparer.Ordinal)
            .ToList();
        var kept = tools.Take(Math.Max(1, maxTools)).ToDictionary(t => t.Path, StringComparer.Ordinal);
        var edges = figures.Edges.Where(e => kept.ContainsKey(e.Target)).ToList();
        var sources = edges.Select(e => e.Source).Distinct(StringComparer.Ordinal).ToList();
        var (groupOf, grouping) = SourceGroups.Choose(sources, Math.Max(1, maxSources));

        var sourceLabels = sources.Select(groupOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var sourceIds = sourceLabels.Select((label, i) => (label, id: $"s{i}")).ToDictionary(x => x.label, x => x.id, StringComparer.Ordinal);
        var toolIds = kept.Keys.Order(StringComparer.Ordinal).Select((path, i) => (path, id: $"t{i}")).ToDictionary(x => x.path, x => x.id, StringComparer.Ordinal);
        var nodes = new List<GraphNode>();
        nodes.AddRange(sourceLabels.Select(label => new GraphNode(sourceIds[label], label, GraphNodeKind.Source, false, false, false, sources.Count(s => groupOf(s) == label))));
        nodes.AddRange(toolIds.Select(t => (Id: t.Value, Info: kept[t.Key]))
            .Select(t => new GraphNode(t.Id, t.Info.Path, GraphNodeKind.Tool, t.Info.Missing, t.Info.Critical, t.Info.Spof, t.Info.Sources)));
        var graphEdges = edges
            .GroupBy(e => (From: sourceIds[groupOf(e.Source)], To: toolIds[e.Target]))
            .Select(g => new GraphEdge(g.Key.From, g.Key.To, g.Select(e => e.Source).Distinct().Count(), !g.First().Exists))
            .OrderBy(e => NodeNumber(e.From)).ThenBy(e => NodeNumber(e.To))
            .ToList();

        var notes = new List<string>();
        if (tools.Count > kept.Count)
        {
            notes.Add($"{tools.Count - kept.Count} of {tools.Count} tools not shown (the {kept.Count} shown: missing first, then single points of failure, then the most referenced)");
        }

        if (grouping is not null)
        {
            notes.Add($"{sources.Count} sources grouped by {grouping}");
        }

        return new DependencyGraph(nodes, graphEdges, notes.Count == 0 ? null : string.Join("; ", notes));
    }

    private static int NodeNumber(string id) => int.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);

    private sealed record ToolInfo(string Path, bool Missing, bool Critical, bool Spof, int Sources);
}

/// <summary>What a node stands for.</summary>
public enum GraphNodeKind
{
    /// <summary>A source file, or a folder of sources when grouped.</summary>
    Source,

    /// <summary>A referenced tool or file.</summary>
    Tool,
}

/// <summary>One node.</summary>
/// <param name="Id">Identifier safe in Mermaid and DOT (<c>s0</c>, <c>t3</c>).</param>
/// <param name="Label">Repository-relative path, or a folder with <c>/</c> when sources are grouped.</param>
/// <param name="Kind">Source or tool.</param>
/// <param name="Missing">A tool that does not exist (a phantom).</param>
/// <param name="Critical">A missing tool with a critical reference.</param>
/// <param name="SinglePointOfFailure">A tool at or above the single-point-of-failure threshold.</param>
/// <param name="Count">Distinct sources referencing a tool, or sources in a source node.</param>
public sealed record GraphNode(string Id, string Label, GraphNodeKind Kind, bool Missing, bool Critical, bool SinglePointOfFailure, int Count);

/// <summary>One edge: sources in <paramref name="From"/> reference <paramref name="To"/>.</summary>
/// <param name="From">Source node id.</param>
/// <param name="To">Tool node id.</param>
/// <param name="Count">How many distinct sources the edge stands for.</param>
/// <param name="Missing">Whether the tool is missing.</param>
public sealed record GraphEdge(string From, string To, int Count, bool Missing);
