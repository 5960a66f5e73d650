using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Finds an entity's stored metrics. A built graph lists them in entity order, so the entity's
/// position finds them without a lookup; a graph whose metrics do not line up falls back to a
/// dictionary by id, built on first need.
/// </summary>
/// <param name="graph">The graph.</param>
internal sealed class MetricsIndex(KnowledgeGraphData graph)
{
    private Dictionary<string, EntityMetrics>? _byId;

    /// <summary>The metrics of the entity at <paramref name="position"/> in <see cref="KnowledgeGraphData.Entities"/>, or null when none are stored.</summary>
    /// <param name="position">The entity's position.</param>
    /// <param name="id">The entity's id.</param>
    public EntityMetrics? Of(int position, string id)
    {
        var metrics = graph.Metrics;
        if (position < metrics.Count && string.Equals(metrics[position].EntityId, id, StringComparison.Ordinal))
        {
            return metrics[position];
        }

        _byId ??= metrics.ToDictionary(m => m.EntityId, StringComparer.Ordinal);
        return _byId.GetValueOrDefault(id);
    }
}
