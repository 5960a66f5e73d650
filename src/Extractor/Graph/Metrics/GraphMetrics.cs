using Digest.Extractor.Graph.Communities;
using Digest.Extractor.Graph.Lineage;
using Digest.Extractor.Graph.Rankings;
using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Metrics;

/// <summary>
/// The per-entity measures every export carries (PageRank, betweenness, community, lineage
/// depth): computed once after a build, rounded so every output shows the same digits, and read
/// back from a stored graph instead of recomputed.
/// </summary>
public static class GraphMetrics
{
    /// <summary>Decimals kept for real-valued measures.</summary>
    public const int Decimals = 6;

    /// <summary>The graph data with metrics for every entity, computed.</summary>
    /// <param name="data">The graph data.</param>
    public static KnowledgeGraphData Attach(KnowledgeGraphData data) => With(data, Compute(TopologyOf(data)));

    /// <summary>The links of the graph data: all that <see cref="Compute"/> reads.</summary>
    /// <param name="data">The graph data.</param>
    /// <exception cref="InvalidDataException">An id repeats (a relation naming an unknown entity is found when the metrics are computed).</exception>
    public static GraphTopology TopologyOf(KnowledgeGraphData data) => GraphTopology.Of(data);

    /// <summary>The graph data carrying these metrics.</summary>
    /// <param name="data">The graph data.</param>
    /// <param name="metrics">Metrics of every entity, in id order.</param>
    public static KnowledgeGraphData With(KnowledgeGraphData data, IReadOnlyList<EntityMetrics> metrics) =>
        data with { Metrics = EquatableArray<EntityMetrics>.From(metrics) };

    /// <summary>Computes the metrics of every entity, in id order, from the links alone.</summary>
    /// <param name="topology">The graph's links.</param>
    public static IReadOnlyList<EntityMetrics> Compute(GraphTopology topology)
    {
        // Betweenness is most of the work and spreads over the cores by itself; the other measures
        // run after it rather than beside it, so its search states and theirs are never live at once
        // (corpus peak working set ~193 -> ~185 MB). PageRank runs beside Louvain, each on one core.
        var betweenness = Round(Rankings.Betweenness.Compute(topology));
        var ranking = Task.Run(() => Round(PageRank.Compute(topology)));
        var community = Louvain.Compute(topology);
        var depth = LineageDepth.Compute(topology);
        var rank = ranking.GetAwaiter().GetResult();
        var label = CommunityLabels.Of(community, rank, topology.EntityIds);
        var metrics = new EntityMetrics[topology.Count];
        for (var i = 0; i < metrics.Length; i++)
        {
            metrics[i] = new EntityMetrics(topology.EntityIds[i], rank[i], betweenness[i], label[i], depth[i]);
        }

        return metrics;
    }

    /// <summary>PageRank per entity position: stored, else computed and rounded.</summary>
    /// <param name="graph">The graph.</param>
    public static double[] PageRanks(KnowledgeGraph graph) =>
        Stored(graph, m => m.PageRank) ?? Round(PageRank.Compute(graph.Topology));

    /// <summary>Betweenness per entity position: stored, else computed and rounded.</summary>
    /// <param name="graph">The graph.</param>
    public static double[] Betweenness(KnowledgeGraph graph) =>
        Stored(graph, m => m.Betweenness) ?? Round(Rankings.Betweenness.Compute(graph.Topology));

    /// <summary>Louvain community number (0 = largest) per entity position: from the stored labels, else computed.</summary>
    /// <param name="graph">The graph.</param>
    public static int[] Communities(KnowledgeGraph graph) =>
        Stored(graph, m => m.Community) is { } labels ? CommunityLabels.Numbers(labels) : Louvain.Compute(graph.Topology);

    /// <summary>Lineage depth per entity position: stored, else computed.</summary>
    /// <param name="graph">The graph.</param>
    public static int[] LineageDepths(KnowledgeGraph graph) =>
        Stored(graph, m => m.LineageDepth) ?? LineageDepth.Compute(graph.Topology);

    private static T[]? Stored<T>(KnowledgeGraph graph, Func<EntityMetrics, T> select)
    {
        if (!graph.HasMetrics)
        {
            return null;
        }

        var values = new T[graph.Entities.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = select(graph.MetricsAt(i) ?? throw new InvalidDataException($"entity {graph.Entities[i].Id} has no stored metrics"));
        }

        return values;
    }

    private static double[] Round(double[] values) => values.Select(v => Math.Round(v, Decimals)).ToArray();
}
