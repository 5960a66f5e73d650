using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>Merges the articles' local relations into graph relationships: one per (source, type, target), with all distinct evidence in input order and the highest confidence.</summary>
internal static class RelationMerger
{
    /// <summary>The merged relations, sorted by source id, type, target id; self-loops dropped.</summary>
    /// <param name="pending">The articles' relations, in input order.</param>
    /// <param name="entityOf">The position in <paramref name="entities"/> of a local entity's key number.</param>
    /// <param name="entities">The graph's entities.</param>
    /// <param name="idRank">Each entity's rank in id order (ids are unique, so ranks order them as their ids do).</param>
    public static Relation[] Merge(List<PendingRelation> pending, Func<int, int> entityOf, Entity[] entities, int[] idRank)
    {
        var merged = new Dictionary<(int Source, RelationType Type, int Target), Accumulator>();
        foreach (var relation in pending)
        {
            var source = entityOf(relation.Source);
            var target = entityOf(relation.Target);
            if (source == target)
            {
                continue;
            }

            var key = (source, relation.Type, target);
            if (!merged.TryGetValue(key, out var accumulator))
            {
                merged[key] = accumulator = new Accumulator();
            }

            accumulator.Add(relation);
        }

        var relations = new Relation[merged.Count];
        var order = new (int Source, int Type, int Target)[merged.Count];
        var next = 0;
        foreach (var ((source, type, target), accumulator) in merged)
        {
            order[next] = (idRank[source], (int)type, idRank[target]);
            relations[next++] = new Relation(
                entities[source].Id, type, entities[target].Id, EquatableArray<Evidence>.From(accumulator.Evidence), accumulator.Confidence);
        }

        Array.Sort(order, relations);
        return relations;
    }

    private sealed class Accumulator
    {
        /// <summary>Below this many pieces of evidence a linear scan beats hashing whole sentences; most relations have one or two.</summary>
        private const int ScanLimit = 8;

        private HashSet<Evidence>? _seen;

        public List<Evidence> Evidence { get; } = [];

        public double Confidence { get; private set; } = double.MinValue;

        public void Add(in PendingRelation relation)
        {
            Confidence = Math.Max(Confidence, relation.Confidence);
            if (IsNew(relation.Evidence))
            {
                Evidence.Add(relation.Evidence);
            }
        }

        private bool IsNew(Evidence evidence)
        {
            if (_seen is not null)
            {
                return _seen.Add(evidence);
            }

            if (Evidence.Contains(evidence))
            {
                return false;
            }

            if (Evidence.Count == ScanLimit)
            {
                _seen = [.. Evidence, evidence];
            }

            return true;
        }
    }
}
