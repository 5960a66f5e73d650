using Digest.Extractor.Model;
using QuikGraph;

namespace Digest.Extractor.Graph;

/// <summary>
/// A read-only view of the extracted graph for analysis: entities by position (sorted by id),
/// typed relations indexed by the entities they leave and reach (articles and MENTIONS stay in
/// side indexes), lookup by name or alias, and the graph as a QuikGraph
/// <see cref="BidirectionalGraph{TVertex, TEdge}"/> for callers that want one.
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly Dictionary<string, int> _indexById;
    private readonly IEvidenceSource? _evidence;
    private readonly (int Source, int Target)[] _ends;
    private readonly int[] _outStart;
    private readonly int[] _outRelations;
    private readonly int[] _inStart;
    private readonly int[] _inRelations;
    private readonly Lazy<BidirectionalGraph<string, RelationEdge>> _graph;
    private readonly Lazy<Dictionary<string, Article>> _articles;
    private readonly Lazy<EntityMetrics?[]> _metrics;
    private readonly Lazy<GraphTopology> _topology;
    private readonly Lazy<GraphIndex> _index;
    private readonly Lazy<EntityLookup> _lookup;
    private readonly Lazy<Dictionary<Relation, int>> _relationIndex;

    private KnowledgeGraph(KnowledgeGraphData data, IEvidenceSource? evidence)
    {
        Data = data;
        _evidence = evidence;
        var entities = data.Entities.AsImmutableArray();
        Entities = IsSortedById(entities) ? entities : entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        _indexById = new Dictionary<string, int>(Entities.Count, StringComparer.Ordinal);
        foreach (var entity in Entities)
        {
            if (!_indexById.TryAdd(entity.Id, _indexById.Count))
            {
                throw new InvalidDataException($"entity {entity.Id} appears twice");
            }
        }

        var relations = data.Relations.AsImmutableArray();
        _ends = new (int, int)[relations.Length];
        for (var r = 0; r < relations.Length; r++)
        {
            var relation = relations[r];
            if (!_indexById.TryGetValue(relation.SourceId, out var source) || !_indexById.TryGetValue(relation.TargetId, out var target))
            {
                var missing = _indexById.ContainsKey(relation.SourceId) ? relation.TargetId : relation.SourceId;
                throw new InvalidDataException($"{SchemaNames.Name(relation.Type)} relation {relation.SourceId} -> {relation.TargetId} names an unknown entity {missing}");
            }

            _ends[r] = (source, target);
        }

        (_outStart, _outRelations) = GroupRelations(Entities.Count, _ends, outgoing: true);
        (_inStart, _inRelations) = GroupRelations(Entities.Count, _ends, outgoing: false);

        // Side indexes are built on first use: a one-shot command pays only for what it asks.
        _graph = new(BuildQuikGraph);
        _articles = new(() => data.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal));
        _metrics = new(MetricsByPosition);
        // The adjacency arrays need only the ends: an answer that reads stored metrics never makes the topology's id arrays.
        _index = new(() => new GraphIndex(Entities.Count, _ends));
        _topology = new(() => GraphTopology.Of(Entities.Select(e => e.Id).ToArray(), relations, _ends, _index));
        _lookup = new(() => new EntityLookup(Entities, _indexById));
        _relationIndex = new(RelationPositions);
    }

    /// <summary>The data the view was built from; when the graph was read with an <see cref="IEvidenceSource"/>, its relations carry no evidence (the relation methods of this view fetch it).</summary>
    public KnowledgeGraphData Data { get; }

    /// <summary>The entities, sorted by id; an entity's position is its index in the analyses.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The graph as QuikGraph: entity ids as vertices, one edge per typed relation (built on first use).</summary>
    public IBidirectionalGraph<string, RelationEdge> Graph => _graph.Value;

    /// <summary>Whether every entity carries stored metrics (a graph written by <c>digest build</c>).</summary>
    public bool HasMetrics => Entities.Count > 0 && Data.Metrics.Count == Entities.Count;

    /// <summary>Finds entities by name, alias or id.</summary>
    public EntityLookup Names => _lookup.Value;

    /// <summary>The entity positions of each relation's ends, in <see cref="KnowledgeGraphData.Relations"/> order.</summary>
    internal IReadOnlyList<(int Source, int Target)> RelationEnds => _ends;

    /// <summary>The links alone, which the graph metrics read (built on first use).</summary>
    public GraphTopology Topology => _topology.Value;

    /// <summary>Compact adjacency arrays for the algorithms, built on first use.</summary>
    internal GraphIndex Index => _index.Value;

    /// <summary>Builds the view of data that holds its evidence.</summary>
    /// <param name="data">The graph data.</param>
    /// <exception cref="InvalidDataException">A relation names an entity the data does not hold, or an id repeats.</exception>
    public static KnowledgeGraph From(KnowledgeGraphData data) => new(data, null);

    /// <summary>Builds the view of data whose relations were read without evidence.</summary>
    /// <param name="data">The graph data.</param>
    /// <param name="evidence">Fetches the relations' evidence when asked, or null when the data holds it.</param>
    /// <exception cref="InvalidDataException">A relation names an entity the data does not hold, or an id repeats.</exception>
    public static KnowledgeGraph From(KnowledgeGraphData data, IEvidenceSource? evidence) => new(data, evidence);

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
    public IReadOnlyList<ArticleMention> MentionsOf(string entityId)
    {
        var found = new List<ArticleMention>();
        foreach (var mention in Data.Mentions.AsImmutableArray())
        {
            if (string.Equals(mention.EntityId, entityId, StringComparison.Ordinal))
            {
                found.Add(mention);
            }
        }

        found.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.ArticleId, b.ArticleId));
        return found;
    }

    /// <summary>The stored metrics of an entity, if the graph carries them.</summary>
    /// <param name="entityId">The entity id.</param>
    public EntityMetrics? MetricsOf(string entityId) =>
        _indexById.TryGetValue(entityId, out var position) ? _metrics.Value[position] : null;

    /// <summary>The stored metrics of the entity at a position, if the graph carries them.</summary>
    /// <param name="position">The entity position.</param>
    internal EntityMetrics? MetricsAt(int position) => _metrics.Value[position];

    /// <summary>The relations leaving an entity, with their evidence.</summary>
    /// <param name="entityId">The entity id.</param>
    public IReadOnlyList<Relation> OutRelations(string entityId) => WithEvidenceAt(OutRelationsAt(_indexById[entityId]).ToArray());

    /// <summary>The relations arriving at an entity, with their evidence.</summary>
    /// <param name="entityId">The entity id.</param>
    public IReadOnlyList<Relation> InRelations(string entityId) => WithEvidenceAt(InRelationsAt(_indexById[entityId]).ToArray());

    /// <summary>These relations of the graph with their evidence (fetched in one pass when the graph was read without it).</summary>
    /// <param name="relations">Relations of this graph.</param>
    /// <exception cref="ArgumentException">A relation is not one of this graph's.</exception>
    public IReadOnlyList<Relation> WithEvidence(IReadOnlyList<Relation> relations)
    {
        if (_evidence is null)
        {
            return relations;
        }

        var positions = relations
            .Select(r => _relationIndex.Value.TryGetValue(r, out var i) ? i : throw new ArgumentException($"{r.SourceId} -> {r.TargetId} is not a relation of this graph", nameof(relations)))
            .ToList();
        return WithEvidenceAt(positions);
    }

    /// <summary>The positions (in <see cref="KnowledgeGraphData.Relations"/>) of the relations leaving an entity, ascending.</summary>
    /// <param name="entity">The entity position.</param>
    internal ReadOnlySpan<int> OutRelationsAt(int entity) => _outRelations.AsSpan(_outStart[entity], _outStart[entity + 1] - _outStart[entity]);

    /// <summary>The positions of the relations arriving at an entity, ascending.</summary>
    /// <param name="entity">The entity position.</param>
    internal ReadOnlySpan<int> InRelationsAt(int entity) => _inRelations.AsSpan(_inStart[entity], _inStart[entity + 1] - _inStart[entity]);

    /// <summary>The relations at these positions, with their evidence.</summary>
    /// <param name="positions">Positions in <see cref="KnowledgeGraphData.Relations"/>.</param>
    internal IReadOnlyList<Relation> WithEvidenceAt(IReadOnlyList<int> positions)
    {
        var relations = Data.Relations.AsImmutableArray();
        if (_evidence is null)
        {
            return positions.Select(p => relations[p]).ToList();
        }

        var evidence = _evidence.Read(positions);
        return positions.Select((p, k) => relations[p] with { Evidence = evidence[k] }).ToList();
    }

    private static bool IsSortedById(IReadOnlyList<Entity> entities)
    {
        for (var i = 1; i < entities.Count; i++)
        {
            if (string.CompareOrdinal(entities[i - 1].Id, entities[i].Id) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counting sort of relation positions by source (or target) entity: rows ascending by relation position.</summary>
    private static (int[] Start, int[] Relations) GroupRelations(int count, (int Source, int Target)[] ends, bool outgoing)
    {
        var start = new int[count + 1];
        foreach (var (source, target) in ends)
        {
            start[(outgoing ? source : target) + 1]++;
        }

        for (var v = 0; v < count; v++)
        {
            start[v + 1] += start[v];
        }

        var fill = (int[])start.Clone();
        var grouped = new int[ends.Length];
        for (var r = 0; r < ends.Length; r++)
        {
            grouped[fill[outgoing ? ends[r].Source : ends[r].Target]++] = r;
        }

        return (start, grouped);
    }

    private BidirectionalGraph<string, RelationEdge> BuildQuikGraph()
    {
        var graph = new BidirectionalGraph<string, RelationEdge>(allowParallelEdges: true, Entities.Count);
        graph.AddVertexRange(Entities.Select(e => e.Id));
        graph.AddEdgeRange(Data.Relations.Select(r => new RelationEdge(r)));
        return graph;
    }

    /// <summary>Stored metrics by entity position: sorted by id like the entities, so usually aligned already and no lookup is needed.</summary>
    private EntityMetrics?[] MetricsByPosition()
    {
        var stored = Data.Metrics.AsImmutableArray();
        var byPosition = new EntityMetrics?[Entities.Count];
        for (var i = 0; i < stored.Length; i++)
        {
            var position = i < byPosition.Length && string.Equals(stored[i].EntityId, Entities[i].Id, StringComparison.Ordinal)
                ? i
                : _indexById.GetValueOrDefault(stored[i].EntityId, -1);
            if (position >= 0)
            {
                byPosition[position] = stored[i];
            }
        }

        return byPosition;
    }

    private Dictionary<Relation, int> RelationPositions()
    {
        var relations = Data.Relations.AsImmutableArray();
        var positions = new Dictionary<Relation, int>(relations.Length, ReferenceEqualityComparer.Instance);
        for (var r = 0; r < relations.Length; r++)
        {
            positions[relations[r]] = r;
        }

        return positions;
    }
}
