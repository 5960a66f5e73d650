using Digest.Extractor.Model;

namespace Digest.Extractor.Graph;

/// <summary>
/// The links of the graph and nothing else: entity ids by position (sorted), and each typed relation's end positions
/// and type, in relation order. The graph metrics read only this (names, aliases, evidence, confidence, articles and
/// MENTIONS never enter them), so two graphs with the same topology have the same metrics and a fingerprint of the
/// topology says when stored metrics still hold.
/// </summary>
public sealed class GraphTopology
{
    private readonly string[] _entityIds;
    private readonly (int Source, int Target)[] _ends;
    private readonly RelationType[] _types;
    private readonly Lazy<GraphIndex> _index;

    /// <summary>Takes the arrays as they are: the caller hands them over and does not change them.</summary>
    /// <param name="entityIds">Entity ids by position.</param>
    /// <param name="ends">Each relation's end positions.</param>
    /// <param name="types">Each relation's type, in the order of <paramref name="ends"/>.</param>
    internal GraphTopology(string[] entityIds, (int Source, int Target)[] ends, RelationType[] types)
    {
        if (ends.Length != types.Length)
        {
            throw new ArgumentException($"{ends.Length} relation ends but {types.Length} types", nameof(types));
        }

        _entityIds = entityIds;
        _ends = ends;
        _types = types;
        _index = new(() => new GraphIndex(_entityIds.Length, _ends));
    }

    /// <summary>The number of entities.</summary>
    public int Count => _entityIds.Length;

    /// <summary>The entity ids by position.</summary>
    public IReadOnlyList<string> EntityIds => _entityIds;

    /// <summary>The number of typed relations.</summary>
    public int RelationCount => _ends.Length;

    /// <summary>The entity positions of each relation's ends.</summary>
    internal IReadOnlyList<(int Source, int Target)> Ends => _ends;

    /// <summary>Each relation's type, in the order of <see cref="Ends"/>.</summary>
    internal IReadOnlyList<RelationType> Types => _types;

    /// <summary>Compact adjacency arrays over the ends, built on first use.</summary>
    internal GraphIndex Index => _index.Value;
}
