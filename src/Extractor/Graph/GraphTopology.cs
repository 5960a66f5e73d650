using System.Collections.Immutable;
using Digest.Extractor.Model;

namespace Digest.Extractor.Graph;

/// <summary>
/// The links of the graph and nothing else: entity ids in ascending order (an entity's position is its index), and
/// each typed relation's source id, target id and type, in relation order. The graph metrics read only this (names,
/// aliases, evidence, confidence, articles and MENTIONS never enter them) and what follows from it (the relations'
/// end positions, the adjacency arrays), so two graphs with the same topology have the same metrics and a fingerprint
/// of these four arrays says when stored metrics still hold.
/// </summary>
public sealed class GraphTopology
{
    private readonly string[] _entityIds;
    private readonly string[] _sourceIds;
    private readonly string[] _targetIds;
    private readonly RelationType[] _types;
    private readonly Lazy<(int Source, int Target)[]> _ends;
    private readonly Lazy<GraphIndex> _index;

    /// <summary>Takes the arrays as they are: the caller hands them over and does not change them.</summary>
    /// <param name="entityIds">Entity ids, ascending (ordinal) and distinct.</param>
    /// <param name="sourceIds">Each relation's source id.</param>
    /// <param name="targetIds">Each relation's target id.</param>
    /// <param name="types">Each relation's type.</param>
    /// <param name="ends">The relations' end positions when the caller found them already from the same ids; else found on first use.</param>
    /// <param name="index">The adjacency arrays over those ends when the caller makes them (so one graph has one set); else made here on first use.</param>
    internal GraphTopology(string[] entityIds, string[] sourceIds, string[] targetIds, RelationType[] types, (int Source, int Target)[]? ends = null, Lazy<GraphIndex>? index = null)
    {
        if (sourceIds.Length != targetIds.Length || sourceIds.Length != types.Length)
        {
            throw new ArgumentException($"{sourceIds.Length} sources, {targetIds.Length} targets and {types.Length} types do not make relations", nameof(types));
        }

        _entityIds = entityIds;
        _sourceIds = sourceIds;
        _targetIds = targetIds;
        _types = types;
        _ends = ends is null ? new(FindEnds) : new(ends);
        _index = index ?? new(() => new GraphIndex(_entityIds.Length, _ends.Value));
    }

    /// <summary>The number of entities.</summary>
    public int Count => _entityIds.Length;

    /// <summary>The entity ids by position.</summary>
    public IReadOnlyList<string> EntityIds => _entityIds;

    /// <summary>The number of typed relations.</summary>
    public int RelationCount => _types.Length;

    /// <summary>Each relation's source id.</summary>
    internal IReadOnlyList<string> SourceIds => _sourceIds;

    /// <summary>Each relation's target id.</summary>
    internal IReadOnlyList<string> TargetIds => _targetIds;

    /// <summary>Each relation's type.</summary>
    internal IReadOnlyList<RelationType> Types => _types;

    /// <summary>The entity positions of each relation's ends (found on first use).</summary>
    /// <exception cref="InvalidDataException">A relation names an entity the topology does not hold.</exception>
    internal IReadOnlyList<(int Source, int Target)> Ends => _ends.Value;

    /// <summary>Compact adjacency arrays over the ends, built on first use.</summary>
    internal GraphIndex Index => _index.Value;

    /// <summary>The topology of graph data: its entity ids sorted, and its typed relations.</summary>
    /// <param name="data">The graph data.</param>
    /// <exception cref="InvalidDataException">An entity id repeats.</exception>
    internal static GraphTopology Of(KnowledgeGraphData data)
    {
        var entities = data.Entities.AsImmutableArray();
        var ids = new string[entities.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = entities[i].Id;
        }

        // Graph data is sorted by id already (KnowledgeGraphData); sorting is the fallback, not the rule.
        if (!IsAscending(ids))
        {
            Array.Sort(ids, StringComparer.Ordinal);
            if (!IsAscending(ids))
            {
                throw new InvalidDataException($"an entity id appears twice among {ids.Length} entities");
            }
        }

        return Of(ids, data.Relations.AsImmutableArray(), null);
    }

    /// <summary>The topology of entities already sorted by id and their relations, whose end positions the caller may have found already.</summary>
    /// <param name="entityIds">The entity ids, ascending and distinct.</param>
    /// <param name="relations">The typed relations.</param>
    /// <param name="ends">Their end positions among <paramref name="entityIds"/>, or null to find them on first use.</param>
    /// <param name="index">The adjacency arrays over those ends, made elsewhere on first use, or null to make them here.</param>
    internal static GraphTopology Of(string[] entityIds, ImmutableArray<Relation> relations, (int Source, int Target)[]? ends, Lazy<GraphIndex>? index = null)
    {
        var sources = new string[relations.Length];
        var targets = new string[relations.Length];
        var types = new RelationType[relations.Length];
        for (var r = 0; r < relations.Length; r++)
        {
            (sources[r], targets[r], types[r]) = (relations[r].SourceId, relations[r].TargetId, relations[r].Type);
        }

        return new GraphTopology(entityIds, sources, targets, types, ends, index);
    }

    private static bool IsAscending(string[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            if (string.CompareOrdinal(ids[i - 1], ids[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private (int Source, int Target)[] FindEnds()
    {
        var position = new Dictionary<string, int>(_entityIds.Length, StringComparer.Ordinal);
        for (var i = 0; i < _entityIds.Length; i++)
        {
            position.Add(_entityIds[i], i);
        }

        var ends = new (int Source, int Target)[_types.Length];
        for (var r = 0; r < ends.Length; r++)
        {
            if (!position.TryGetValue(_sourceIds[r], out var source) || !position.TryGetValue(_targetIds[r], out var target))
            {
                var missing = position.ContainsKey(_sourceIds[r]) ? _targetIds[r] : _sourceIds[r];
                throw new InvalidDataException($"{SchemaNames.Name(_types[r])} relation {_sourceIds[r]} -> {_targetIds[r]} names an unknown entity {missing}");
            }

            ends[r] = (source, target);
        }

        return ends;
    }
}
