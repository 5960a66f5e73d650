using Digest.Extractor.Building;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Building;

public sealed class RelationMergerTests
{
    /// <summary>Sentences of the shared sample, as evidence for made-up relations between its articles' entities.</summary>
    private static List<Evidence> SampleEvidence(int count)
    {
        var article = new DigestReader().Read([RepoPaths.SampleDigest]).Articles[0];
        var sentences = article.Body.Split('。', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(sentences.Length >= 3, "the sample's first article should have a few sentences");
        return [.. Enumerable.Range(0, count).Select(i => new Evidence(article.Id, sentences[i % sentences.Length] + new string('。', 1 + (i / sentences.Length)), "提出"))];
    }

    private static Entity EntityWithId(string id) => new(id, EntityType.Method, id, new EquatableArray<string>([]), 1, new EquatableArray<string>([]));

    [Fact]
    public void Should_Merge_Local_Relations_As_A_Grouping_Would_When_Many_Repeat_Shared_Sample_Evidence()
    {
        // Entities in a position order that is not their id order; local entity k belongs to entity k % 3.
        Entity[] entities = [EntityWithId("method:s4"), EntityWithId("method:hippo"), EntityWithId("method:rope")];
        int[] idRank = [2, 0, 1];
        var evidence = SampleEvidence(14);
        var random = new Random(7);
        var pending = new List<PendingRelation>();
        for (var i = 0; i < 400; i++)
        {
            var type = random.Next(2) == 0 ? RelationType.BuildsOn : RelationType.Uses;
            pending.Add(new PendingRelation(random.Next(6), type, random.Next(6), evidence[random.Next(evidence.Count)], Math.Round(random.NextDouble(), 2)));
        }

        var places = new int[pending.Count];
        var merged = RelationMerger.Merge(pending, member => member % 3, entities, idRank, places);

        var expected = pending
            .Where(p => p.Source % 3 != p.Target % 3)
            .GroupBy(p => (Source: entities[p.Source % 3].Id, p.Type, Target: entities[p.Target % 3].Id))
            .OrderBy(g => g.Key.Source, StringComparer.Ordinal).ThenBy(g => g.Key.Type).ThenBy(g => g.Key.Target, StringComparer.Ordinal)
            .Select(g => new Relation(g.Key.Source, g.Key.Type, g.Key.Target, EquatableArray<Evidence>.From(g.Select(p => p.Evidence).Distinct()), g.Max(p => p.Confidence)))
            .ToList();
        Assert.Equal(expected, merged);
        Assert.Contains(merged, r => r.Evidence.Count > 8);

        // Each local relation's place is the relationship with its ends and type; a self-loop has none.
        for (var i = 0; i < pending.Count; i++)
        {
            var (source, target) = (entities[pending[i].Source % 3].Id, entities[pending[i].Target % 3].Id);
            var expectedPlace = source == target ? -1 : merged.ToList().FindIndex(r => r.SourceId == source && r.Type == pending[i].Type && r.TargetId == target);
            Assert.Equal(expectedPlace, places[i]);
        }

        Assert.Contains(-1, places);
    }

    [Fact]
    public void Should_Drop_A_Relation_Whose_Merged_Ends_The_Schema_Does_Not_Let_It_Join()
    {
        // One article read 医学图像分割 as a method that SegWithU uses; the merge typed it a task, which a method is applied to.
        Entity[] entities = [EntityWithId("method:segwithu"), new("task:医学图像分割", EntityType.Task, "医学图像分割", new EquatableArray<string>([]), 2, new EquatableArray<string>([]))];
        var evidence = SampleEvidence(2);
        List<PendingRelation> pending = [new(0, RelationType.Uses, 1, evidence[0], 0.8), new(0, RelationType.AppliedTo, 1, evidence[1], 0.8)];
        var places = new int[pending.Count];

        var merged = RelationMerger.Merge(pending, member => member, entities, [0, 1], places);

        var relation = Assert.Single(merged);
        Assert.Equal(RelationType.AppliedTo, relation.Type);
        Assert.Equal([-1, 0], places);
    }
}
