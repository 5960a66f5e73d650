using System.Runtime.InteropServices;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>Merges the articles' local relations into graph relationships: one per (source, type, target), with all distinct evidence in input order and the highest confidence.</summary>
internal static class RelationMerger
{
    /// <summary>Below this many pieces of evidence a linear scan beats hashing whole sentences; most relations have one or two.</summary>
    private const int ScanLimit = 8;

    /// <summary>
    /// The merged relations, sorted by source id, type, target id; self-loops dropped, and so are relations whose ends the
    /// merge typed as the schema does not let them join (<see cref="RelationSignatures.Schema"/>): an article proposes a
    /// relation by its own reading of the types, which the votes of all articles may overrule.
    /// </summary>
    /// <param name="pending">The articles' relations, in input order.</param>
    /// <param name="entityOf">The position in <paramref name="entities"/> of a local entity (by its number in the merge).</param>
    /// <param name="entities">The graph's entities.</param>
    /// <param name="idRank">Each entity's rank in id order (ids are unique, so ranks order them as their ids do).</param>
    /// <param name="placeOfPending">Receives, for each local relation, the position of the relationship it went into (-1: dropped).</param>
    public static Relation[] Merge(List<PendingRelation> pending, Func<int, int> entityOf, Entity[] entities, int[] idRank, int[] placeOfPending)
    {
        Array.Fill(placeOfPending, -1);

        // Sorting the local relations by their ends' ranks, type and input position brings each relationship's local
        // relations together in input order, and puts the relationships in id order: one sort of small structs instead
        // of a dictionary entry, an accumulator and a list per relationship.
        var keys = new LocalKey[pending.Count];
        var count = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            var relation = pending[i];
            var source = entityOf(relation.Source);
            var target = entityOf(relation.Target);
            if (source != target && RelationSignatures.Schema.Fits(relation.Type, entities[source].Type, entities[target].Type))
            {
                keys[count++] = new LocalKey(idRank[source], (int)relation.Type, idRank[target], i, source, target);
            }
        }

        Array.Sort(keys, 0, count);
        var relations = new List<Relation>();
        var evidence = new List<Evidence>();
        var seen = new HashSet<Evidence>();
        for (var start = 0; start < count;)
        {
            var first = keys[start];
            var confidence = double.MinValue;
            evidence.Clear();
            seen.Clear();
            var end = start;
            for (; end < count && keys[end].IsSameRelation(first); end++)
            {
                var relation = pending[keys[end].Index];
                placeOfPending[keys[end].Index] = relations.Count;
                confidence = Math.Max(confidence, relation.Confidence);
                if (IsNew(relation.Evidence, evidence, seen))
                {
                    evidence.Add(relation.Evidence);
                }
            }

            relations.Add(new Relation(
                entities[first.Source].Id,
                (RelationType)first.Type,
                entities[first.Target].Id,
                new EquatableArray<Evidence>(ImmutableCollectionsMarshal.AsImmutableArray(evidence.ToArray())),
                confidence));
            start = end;
        }

        return [.. relations];
    }

    /// <summary>Whether the evidence is not among that gathered so far; past <see cref="ScanLimit"/> pieces a set is kept alongside.</summary>
    private static bool IsNew(Evidence candidate, List<Evidence> gathered, HashSet<Evidence> seen)
    {
        if (gathered.Count < ScanLimit)
        {
            return !gathered.Contains(candidate);
        }

        if (seen.Count == 0)
        {
            seen.UnionWith(gathered);
        }

        return seen.Add(candidate);
    }

    /// <summary>A local relation's place in the merge: its ends' id ranks and its type, then its input position.</summary>
    /// <param name="SourceRank">The source entity's rank in id order.</param>
    /// <param name="Type">The relation type.</param>
    /// <param name="TargetRank">The target entity's rank in id order.</param>
    /// <param name="Index">Its position among the local relations (input order).</param>
    /// <param name="Source">The source entity's position.</param>
    /// <param name="Target">The target entity's position.</param>
    private readonly record struct LocalKey(int SourceRank, int Type, int TargetRank, int Index, int Source, int Target) : IComparable<LocalKey>
    {
        public bool IsSameRelation(LocalKey other) => SourceRank == other.SourceRank && Type == other.Type && TargetRank == other.TargetRank;

        public int CompareTo(LocalKey other)
        {
            var by = SourceRank.CompareTo(other.SourceRank);
            if (by == 0)
            {
                by = Type.CompareTo(other.Type);
            }

            if (by == 0)
            {
                by = TargetRank.CompareTo(other.TargetRank);
            }

            return by != 0 ? by : Index.CompareTo(other.Index);
        }
    }
}
