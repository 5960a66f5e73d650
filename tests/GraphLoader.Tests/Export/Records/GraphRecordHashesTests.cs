using System.Reflection;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Tests.Export.Records;

/// <summary>
/// A record whose hash stays the same is copied from the last export as it was, so every field an
/// export writes must change the hash. The fields are found by reflection: a field added to a
/// model record fails these tests until it is hashed (or, like an article's body, shown not to be written).
/// </summary>
public sealed class GraphRecordHashesTests
{
    private static readonly Article Article = new("article:a", "A", "AI", "digest.txt", 3, "body", IsTruncated: false);

    private static readonly Entity Entity = new("method:s4", EntityType.Method, "S4", EquatableArray<string>.From(["S4 model"]), 2, EquatableArray<string>.From(["article:a"]));

    private static readonly EntityMetrics Metrics = new("method:s4", 0.25, 0.5, "method:s4", 2);

    private static readonly Evidence Evidence = new("article:a", "S4 builds on HiPPO.", "builds on");

    private static readonly Relation Relation = new("method:s4", RelationType.BuildsOn, "method:hippo", EquatableArray<Evidence>.From([Evidence]), 0.9);

    private static readonly ArticleMention Mention = new("article:a", "method:s4", 2);

    public static TheoryData<string> ArticleFields => Fields<Article>(nameof(Digest.Extractor.Model.Article.Body));

    public static TheoryData<string> EntityFields => Fields<Entity>();

    public static TheoryData<string> MetricsFields => Fields<EntityMetrics>();

    public static TheoryData<string> RelationFields => Fields<Relation>();

    public static TheoryData<string> EvidenceFields => Fields<Evidence>();

    public static TheoryData<string> MentionFields => Fields<ArticleMention>();

    [Theory]
    [MemberData(nameof(ArticleFields))]
    public void Should_Change_An_Articles_Hash_When_A_Written_Field_Changes(string field) =>
        Assert.NotEqual(GraphRecordHashes.Of(Article), GraphRecordHashes.Of(Changed(Article, field)));

    [Fact]
    public void Should_Keep_An_Articles_Hash_When_Only_Its_Body_Changes_Which_No_Export_Writes() =>
        Assert.Equal(GraphRecordHashes.Of(Article), GraphRecordHashes.Of(Article with { Body = "another body" }));

    [Theory]
    [MemberData(nameof(EntityFields))]
    public void Should_Change_An_Entitys_Hash_When_A_Field_Changes(string field) =>
        Assert.NotEqual(GraphRecordHashes.Of(Entity, Metrics), GraphRecordHashes.Of(Changed(Entity, field), Metrics));

    [Theory]
    [MemberData(nameof(MetricsFields))]
    public void Should_Change_An_Entitys_Hash_When_A_Metric_Changes(string field) =>
        Assert.NotEqual(GraphRecordHashes.Of(Entity, Metrics), GraphRecordHashes.Of(Entity, Changed(Metrics, field)));

    [Fact]
    public void Should_Tell_An_Entity_Without_Metrics_From_One_With_Them() =>
        Assert.NotEqual(GraphRecordHashes.Of(Entity, Metrics), GraphRecordHashes.Of(Entity, null));

    [Theory]
    [MemberData(nameof(RelationFields))]
    public void Should_Change_A_Relations_Hash_When_A_Field_Changes(string field) =>
        Assert.NotEqual(GraphRecordHashes.Of(Relation), GraphRecordHashes.Of(Changed(Relation, field)));

    [Theory]
    [MemberData(nameof(EvidenceFields))]
    public void Should_Change_A_Relations_Hash_When_A_Field_Of_Its_Evidence_Changes(string field) =>
        Assert.NotEqual(
            GraphRecordHashes.Of(Relation),
            GraphRecordHashes.Of(Relation with { Evidence = EquatableArray<Evidence>.From([Changed(Evidence, field)]) }));

    [Fact]
    public void Should_Tell_Strings_Apart_However_They_Are_Split_Or_Left_Null()
    {
        var split = new[]
        {
            Article with { Title = "ab", Category = "c" },
            Article with { Title = "a", Category = "bc" },
            Article with { Title = "abc", Category = null },
            Article with { Title = "abc", Category = string.Empty },
        };

        Assert.Equal(split.Length, split.Select(GraphRecordHashes.Of).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(MentionFields))]
    public void Should_Change_A_Mentions_Hash_When_A_Field_Changes(string field) =>
        Assert.NotEqual(GraphRecordHashes.Of(Mention), GraphRecordHashes.Of(Changed(Mention, field)));

    [Fact]
    public void Should_Hash_Every_Record_Of_The_Shared_Sample_Graph_As_Each_Record_Alone()
    {
        var graph = SampleGraphs.Full;
        graph = graph with { Metrics = EquatableArray<EntityMetrics>.From(graph.Entities.Select((e, i) => new EntityMetrics(e.Id, i, 0, $"community {i % 3}", 0))) };

        var hashes = GraphRecordHashes.Compute(graph);

        Assert.Equal(graph.Articles.Count + graph.Entities.Count + graph.Mentions.Count + graph.Relations.Count, hashes.Count);
        Assert.All(Enumerable.Range(0, graph.Entities.Count), i => Assert.Equal(GraphRecordHashes.Of(graph.Entities[i], graph.Metrics[i]), hashes.Of(RecordKind.Entity, i)));
        Assert.All(Enumerable.Range(0, graph.Relations.Count), i => Assert.Equal(GraphRecordHashes.Of(graph.Relations[i]), hashes.Of(RecordKind.Relation, i)));
        Assert.All(Enumerable.Range(0, graph.Mentions.Count), i => Assert.Equal(GraphRecordHashes.Of(graph.Mentions[i]), hashes.Of(RecordKind.Mention, i)));
        Assert.All(Enumerable.Range(0, graph.Articles.Count), i => Assert.Equal(GraphRecordHashes.Of(graph.Articles[i]), hashes.Of(RecordKind.Article, i)));
    }

    [Fact]
    public void Should_Hash_As_At_Once_When_Begun_Before_The_Metrics_Were_Attached()
    {
        var graph = SampleGraphs.Full;
        var started = GraphRecordHashes.StartWithoutEntities(graph);
        var withMetrics = graph with { Metrics = EquatableArray<EntityMetrics>.From(graph.Entities.Select((e, i) => new EntityMetrics(e.Id, i, 0, $"community {i % 3}", 0))) };

        var hashes = GraphRecordHashes.Compute(withMetrics, started);

        var atOnce = GraphRecordHashes.Compute(withMetrics);
        Assert.Equal(atOnce.Count, hashes.Count);
        foreach (var (kind, count) in new[] { (RecordKind.Article, graph.Articles.Count), (RecordKind.Entity, graph.Entities.Count), (RecordKind.Mention, graph.Mentions.Count), (RecordKind.Relation, graph.Relations.Count) })
        {
            Assert.All(Enumerable.Range(0, count), i => Assert.Equal(atOnce.Of(kind, i), hashes.Of(kind, i)));
        }
    }

    [Fact]
    public void Should_Refuse_Hashes_Begun_On_Another_Graph()
    {
        var graph = SampleGraphs.Full;
        var started = GraphRecordHashes.StartWithoutEntities(graph with { Relations = EquatableArray<Relation>.From(graph.Relations.Skip(1)) });

        Assert.Throws<ArgumentException>(() => GraphRecordHashes.Compute(graph, started));
    }

    private static TheoryData<string> Fields<T>(params string[] except) =>
        new(typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Where(name => name != "EqualityContract" && !except.Contains(name)));

    /// <summary>A copy of the record with one property set to another value of its type.</summary>
    private static T Changed<T>(T record, string field)
        where T : class
    {
        var copy = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(record, null)!;
        var property = typeof(T).GetProperty(field)!;
        property.SetValue(copy, Other(property.PropertyType, property.GetValue(record)));
        return copy;
    }

    private static object? Other(Type type, object? value) => value switch
    {
        string text => text + "x",
        null when type == typeof(string) => "x",
        int number => number + 1,
        double number => number + 0.125,
        bool flag => !flag,
        Enum member => Enum.GetValues(type).Cast<object>().First(v => !v.Equals(member)),
        EquatableArray<string> items => EquatableArray<string>.From(items.Append("x")),
        EquatableArray<Evidence> items => new EquatableArray<Evidence>(items.AsImmutableArray().Add(Evidence)),
        _ => throw new InvalidOperationException($"no other value for a {type.Name}: teach this test the new field's type"),
    };
}
