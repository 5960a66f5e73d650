using Digest.Extractor.Model;
using QuikGraph;

namespace Digest.Extractor.Graph;

/// <summary>
/// A read-only view of the extracted graph for analysis: entities as vertices of a QuikGraph
/// <see cref="BidirectionalGraph{TVertex, TEdge}"/>, typed relations as edges (articles and
/// MENTIONS stay in side indexes), with lookup by name or alias.
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly Lazy<BidirectionalGraph<string, RelationEdge>> _graph;
    private readonly Dictionary<string, int> _indexById;
    private readonly Lazy<Dictionary<string, Article>> _articles;
    private readonly Lazy<Dictionary<string, EntityMetrics>> _metrics;
    private readonly Lazy<GraphIndex> _index;
    private readonly Lazy<EntityLookup> _lookup;

    private KnowledgeGraph(KnowledgeGraphData data)
    {
        Data = data;
        var entities = data.Entities.AsImmutableArray();
        var sorted = Enumerable.Range(1, Math.Max(0, entities.Length - 1)).All(i => string.CompareOrdinal(entities[i - 1].Id, entities[i].Id) < 0);
        Entities = sorted ? entities : entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        _indexById = new Dictionary<string, int>(Entities.Count, StringComparer.Ordinal);
        foreach (var entity in Entities)
        {
            if (!_indexById.TryAdd(entity.Id, _indexById.Count))
            {
                throw new InvalidDataException($"entity {entity.Id} appears twice");
            }
        }

        var ends = new List<(int Source, int Target)>(data.Relations.Count);
        foreach (var relation in data.Relations)
        {
            if (!_indexById.TryGetValue(relation.SourceId, out var source) || !_indexById.TryGetValue(relation.TargetId, out var target))
            {
                var missing = _indexById.ContainsKey(relation.SourceId) ? relation.TargetId : relation.SourceId;
                throw new InvalidDataException($"{SchemaNames.Name(relation.Type)} relation {relation.SourceId} -> {relation.TargetId} names an unknown entity {missing}");
            }

            ends.Add((source, target));
        }

        RelationEnds = ends;

        // The QuikGraph graph and side indexes are built on first use: a one-shot command (or the
        // metrics of a build, which need only the index arrays) pays only for what it asks.
        _graph = new(BuildGraph);
        _articles = new(() => data.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal));
        _metrics = new(() => data.Metrics.ToDictionary(m => m.EntityId, StringComparer.Ordinal));
        _index = new Lazy<GraphIndex>(() => new GraphIndex(this));
        _lookup = new Lazy<EntityLookup>(() => new EntityLookup(Entities, _indexById));
    }

    /// <summary>The data the view was built from.</summary>
    public KnowledgeGraphData Data { get; }

    /// <summary>The entities, sorted by id; an entity's position is its index in the analyses.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The QuikGraph graph: entity ids as vertices, one edge per typed relation.</summary>
    public IBidirectionalGraph<string, RelationEdge> Graph => _graph.Value;

    /// <summary>Whether every entity carries stored metrics (a graph written by <c>digest build</c>).</summary>
    public bool HasMetrics => Entities.Count > 0 && Data.Metrics.Count == Entities.Count;

    /// <summary>Finds entities by name, alias or id.</summary>
    public EntityLookup Names => _lookup.Value;

    /// <summary>The entity positions of each relation's ends, in <see cref="KnowledgeGraphData.Relations"/> order.</summary>
    internal IReadOnlyList<(int Source, int Target)> RelationEnds { get; }

    /// <summary>Compact adjacency arrays for the algorithms, built on first use.</summary>
    internal GraphIndex Index => _index.Value;

    /// <summary>Builds the view.</summary>
    /// <param name="data">The graph data.</param>
    /// <exception cref="InvalidDataException">A relation names an entity the data does not hold, or an id repeats.</exception>
    public static KnowledgeGraph From(KnowledgeGraphData data) => new(data);

    /// <summary>The position of an entity in <see cref="Entities"/>.</summary>
    /// <param name="id">The entity id.</param>
    public int IndexOf(string id) => _indexById[id];

    /// <summary>Finds an entity by id.</summary>
    /// <param name="id">The entity id.</param>
    /// <param name="entity">The entity.</param>
    public bool TryGetEntity(string id, out Entity entity)
    {
        if (_indexById.TryGetValue(id, out var index))
        {
            entity = Entities[index];
            return true;
        }

        entity = null!;
        return false;
    }

    /// <summary>The entity with this id.</summary>
    /// <param name="id">The entity id.</param>
    public Entity Entity(string id) => Entities[_indexById[id]];

    /// <summary>The article with this id, if the graph holds it.</summary>
    /// <param name="id">The article id.</param>
    public Article? Article(string id) => _articles.Value.GetValueOrDefault(id);

    /// <summary>The articles that mention an entity, most mentions first (one scan of the mentions: cheaper for a query than indexing them all).</summary>
    /// <param name="entityId">The entity id.</param>
    public IReadOnlyList<ArticleMention> MentionsOf(string entityId) =>
        Data.Mentions
            .Where(m => string.Equals(m.EntityId, entityId, StringComparison.Ordinal))
            .OrderByDescending(m => m.Count)
            .ThenBy(m => m.ArticleId, StringComparer.Ordinal)
            .ToList();

    /// <summary>The stored metrics of an entity, if the graph carries them.</summary>
    /// <param name="entityId">The entity id.</param>
    public EntityMetrics? MetricsOf(string entityId) => _metrics.Value.GetValueOrDefault(entityId);

    /// <summary>The relations leaving an entity.</summary>
    /// <param name="entityId">The entity id.</param>
    public IEnumerable<Relation> OutRelations(string entityId) => _graph.Value.OutEdges(entityId).Select(e => e.Relation);

    /// <summary>The relations arriving at an entity.</summary>
    /// <param name="entityId">The entity id.</param>
    public IEnumerable<Relation> InRelations(string entityId) => _graph.Value.InEdges(entityId).Select(e => e.Relation);

    private BidirectionalGraph<string, RelationEdge> BuildGraph()
    {
        var graph = new BidirectionalGraph<string, RelationEdge>(allowParallelEdges: true, Entities.Count);
        foreach (var entity in Entities)
        {
            graph.AddVertex(entity.Id);
        }

        foreach (var relation in Data.Relations)
        {
            graph.AddEdge(new RelationEdge(relation));
        }

        return graph;
    }
}
