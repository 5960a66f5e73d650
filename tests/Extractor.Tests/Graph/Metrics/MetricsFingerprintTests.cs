using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Graph.Metrics;

public sealed class MetricsFingerprintTests
{
    private static byte[] FingerprintOf(KnowledgeGraphData data) => MetricsFingerprint.Of(GraphMetrics.TopologyOf(data));

    [Fact]
    public void Should_Keep_The_Fingerprint_And_The_Metrics_When_Only_What_The_Links_Do_Not_Hold_Changes_In_The_Shared_Sample()
    {
        var data = SharedSampleGraph.Data;
        var other = new Evidence("article:other", "另一句话。", "other");
        var changed = data with
        {
            Articles = EquatableArray<Article>.Empty,
            Entities = EquatableArray<Entity>.From(data.Entities.Select(e => e with
            {
                Type = EntityType.Concept,
                Name = e.Name + " renamed",
                Aliases = EquatableArray<string>.From(["alias"]),
                MentionCount = e.MentionCount + 7,
                ArticleIds = EquatableArray<string>.Empty,
            })),
            Relations = EquatableArray<Relation>.From(data.Relations.Select(r => r with { Evidence = EquatableArray<Evidence>.From([other]), Confidence = 0.01 })),
            Mentions = EquatableArray<ArticleMention>.Empty,
            Metrics = EquatableArray<EntityMetrics>.From(data.Entities.Select(e => new EntityMetrics(e.Id, 1, 1, e.Id, 1))),
        };

        Assert.Equal(FingerprintOf(data), FingerprintOf(changed));
        Assert.Equal(GraphMetrics.Compute(GraphMetrics.TopologyOf(data)), GraphMetrics.Compute(GraphMetrics.TopologyOf(changed)));
    }

    [Fact]
    public void Should_Change_The_Fingerprint_When_A_Relation_Its_Type_Its_Direction_Or_An_Entity_Changes_In_The_Shared_Sample()
    {
        var data = SharedSampleGraph.Data;
        var relations = data.Relations.AsImmutableArray();
        var first = relations[0];
        var elsewhere = data.Entities.First(e => e.Id != first.SourceId && e.Id != first.TargetId).Id;
        var retyped = first.Type == RelationType.Uses ? RelationType.BuildsOn : RelationType.Uses;
        var renamed = data.Entities.First(e => !data.Relations.Any(r => r.SourceId == e.Id || r.TargetId == e.Id));
        var variants = new[]
        {
            data with { Relations = EquatableArray<Relation>.From(relations.Skip(1)) },
            data with { Relations = EquatableArray<Relation>.From(relations.SetItem(0, first with { Type = retyped })) },
            data with { Relations = EquatableArray<Relation>.From(relations.SetItem(0, first with { TargetId = elsewhere })) },
            data with { Relations = EquatableArray<Relation>.From(relations.SetItem(0, first with { SourceId = first.TargetId, TargetId = first.SourceId })) },
            data with { Entities = EquatableArray<Entity>.From(data.Entities.Append(data.Entities[0] with { Id = "concept:zz-added" })) },
            data with { Entities = EquatableArray<Entity>.From(data.Entities.Where(e => e != renamed).Append(renamed with { Id = renamed.Id + "-2" }).OrderBy(e => e.Id, StringComparer.Ordinal)) },
        };

        var fingerprints = variants.Select(v => Convert.ToHexString(FingerprintOf(v))).Prepend(Convert.ToHexString(FingerprintOf(data))).ToList();

        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
    }
}
