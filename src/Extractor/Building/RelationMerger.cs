using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Building;

/// <summary>Merges the articles' local relations into graph relationships: one per (source, type, target), with all distinct evidence in input order and the highest confidence.</summary>
internal static class RelationMerger
{
    /// <summary>The merged relations, sorted by source id, type, target id; self-loops dropped.</summary>
    /// <param name="extractions">The extractions, in input order.</param>
    /// <param name="idOf">The graph id of a local entity key.</param>
    public static Relation[] Merge(IReadOnlyList<ArticleExtraction> extractions, Func<string, string> idOf)
    {
        var merged = new Dictionary<(string Source, RelationType Type, string Target), Accumulator>();
        foreach (var extraction in extractions)
        {
            foreach (var relation in extraction.Relations)
            {
                var source = idOf(relation.SourceKey);
                var target = idOf(relation.TargetKey);
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
        }

        var relations = merged.Select(p => new Relation(
            p.Key.Source, p.Key.Type, p.Key.Target, EquatableArray<Evidence>.From(p.Value.Evidence), p.Value.Confidence)).ToArray();
        Array.Sort(relations, Compare);
        return relations;
    }

    private static int Compare(Relation a, Relation b)
    {
        var bySource = string.CompareOrdinal(a.SourceId, b.SourceId);
        if (bySource != 0)
        {
            return bySource;
        }

        var byType = ((int)a.Type).CompareTo((int)b.Type);
        return byType != 0 ? byType : string.CompareOrdinal(a.TargetId, b.TargetId);
    }

    private sealed class Accumulator
    {
        private readonly HashSet<Evidence> _seen = [];

        public List<Evidence> Evidence { get; } = [];

        public double Confidence { get; private set; } = double.MinValue;

        public void Add(LocalRelation relation)
        {
            if (_seen.Add(relation.Evidence))
            {
                Evidence.Add(relation.Evidence);
            }

            Confidence = Math.Max(Confidence, relation.Confidence);
        }
    }
}
