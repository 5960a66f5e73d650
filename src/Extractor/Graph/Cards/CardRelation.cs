using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Cards;

/// <summary>A relation seen from one entity: the relation and the entity at its other end.</summary>
/// <param name="Relation">The relation, with its evidence.</param>
/// <param name="Other">The entity at the other end.</param>
public sealed record CardRelation(Relation Relation, Entity Other);
