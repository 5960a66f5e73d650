using Digest.Extractor.Building;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Building;

public sealed class GraphEditTests
{
    private static readonly Lazy<IReadOnlyList<MergeInput>> SampleInputs = new(() =>
        DefaultPipeline.Create(ExtractorKnowledge.Load()).ExtractAll(new DigestReader().Read([RepoPaths.SampleDigest]).Articles).Select(MergeInput.Of).ToList());

    /// <summary>Enough corpus articles that many entities merge local entities of different names or types.</summary>
    private static readonly Lazy<IReadOnlyList<MergeInput>> CorpusInputs = new(() =>
        DefaultPipeline.Create(ExtractorKnowledge.Load()).ExtractAll(new DigestReader().Read([RepoPaths.Corpus]).Articles.Take(800).ToList()).Select(MergeInput.Of).ToList());

    private static (KnowledgeGraphData Graph, MergeLayout Layout) Merge(IEnumerable<MergeInput> inputs)
    {
        var builder = new GraphBuilder();
        foreach (var input in inputs)
        {
            builder.Add(input);
        }

        return (builder.Build(), builder.Layout);
    }

    /// <summary>The input with each entity's mention count changed where the layout says a count change leaves its entity's name and type.</summary>
    private static MergeInput Recounted(MergeInput input, MergeLayout layout, int article, Func<int, int, int> recount) =>
        new(input.Article, [.. input.Entities.Select((e, i) => layout.Uniform[layout.Entities.Of(article)[i]] ? e with { MentionCount = recount(i, e.MentionCount) } : e)], input.Relations);

    /// <summary>The input with each relation's sentence rewritten (the cue, ends, type and confidence kept).</summary>
    private static MergeInput Reworded(MergeInput input, Func<int, string, string> reword) =>
        new(input.Article, input.Entities, [.. input.Relations.Select((r, i) => r with { Evidence = r.Evidence with { Sentence = reword(i, r.Evidence.Sentence) } })]);

    public static TheoryData<string> Rewordings => new("clause", "first only", "all alike");

    private static Func<int, string, string> Rewording(string name) => name switch
    {
        "clause" => (_, sentence) => sentence.TrimEnd('。') + "，详见原文。",
        "first only" => (i, sentence) => i == 0 ? "改写后的句子。" : sentence,
        _ => (_, _) => "同一句话。",
    };

    [Theory]
    [MemberData(nameof(Rewordings))]
    public void Should_Give_The_Graph_A_Merge_Of_The_Edited_Inputs_Gives_When_Any_Shared_Sample_Article_Rewords_Its_Evidence(string rewording)
    {
        var inputs = SampleInputs.Value;
        var (graph, layout) = Merge(inputs);
        var articlesWithRelations = 0;
        for (var a = 0; a < inputs.Count; a++)
        {
            if (inputs[a].Relations.Length == 0)
            {
                continue;
            }

            articlesWithRelations++;
            var edited = Reworded(inputs[a], Rewording(rewording));
            var expected = Merge(inputs.Select((input, i) => i == a ? edited : input)).Graph;

            var edit = GraphEdit.Between(inputs[a], edited, layout, a, out _);

            Assert.NotNull(edit);
            Assert.NotEmpty(edit.Evidence);
            Assert.Empty(edit.MentionCounts);
            Assert.Equal(expected, EditedGraphs.Apply(graph, edit));
        }

        Assert.True(articlesWithRelations >= 5, "the sample should have several articles with relations");
    }

    public static TheoryData<string> Recountings => new("one more each", "one fewer each", "down to zero", "first only");

    private static Func<int, int, int> Recounting(string name) => name switch
    {
        "one more each" => (_, count) => count + 1,
        "one fewer each" => (_, count) => Math.Max(0, count - 1),
        "down to zero" => (_, _) => 0,
        _ => (i, count) => i == 0 ? count + 3 : count,
    };

    [Theory]
    [MemberData(nameof(Recountings))]
    public void Should_Give_The_Graph_A_Merge_Of_The_Edited_Inputs_Gives_When_Any_Shared_Sample_Article_Changes_Mention_Counts_And_Wording(string recounting)
    {
        var inputs = SampleInputs.Value;
        var (graph, layout) = Merge(inputs);
        var changedCounts = 0;
        for (var a = 0; a < inputs.Count; a++)
        {
            var edited = Reworded(Recounted(inputs[a], layout, a, Recounting(recounting)), Rewording("clause"));
            var expected = Merge(inputs.Select((input, i) => i == a ? edited : input)).Graph;

            var edit = GraphEdit.Between(inputs[a], edited, layout, a, out _);

            Assert.NotNull(edit);
            Assert.Equal(expected, EditedGraphs.Apply(graph, edit));
            changedCounts += edit.MentionCounts.Count;
        }

        Assert.True(changedCounts >= 10, "the sample should have entities whose counts can change");
    }

    public static TheoryData<string> RelationChanges => new("cue changed", "relation repeated", "relation repeated in other words", "confidence raised", "confidence lowered", "relation removed");

    private static MergeRelation[] Changed(MergeRelation[] relations, string change) => change switch
    {
        "cue changed" => [relations[0] with { Evidence = relations[0].Evidence with { Cue = relations[0].Evidence.Cue + "x" } }, .. relations[1..]],
        "relation repeated" => [.. relations, relations[0]],
        "relation repeated in other words" => [.. relations, relations[0] with { Evidence = relations[0].Evidence with { Sentence = "换个说法。" } }],
        "confidence raised" => [relations[0] with { Confidence = 1 }, .. relations[1..]],
        "confidence lowered" => [relations[0] with { Confidence = relations[0].Confidence / 2 }, .. relations[1..]],
        _ => relations[1..],
    };

    [Theory]
    [MemberData(nameof(RelationChanges))]
    public void Should_Give_The_Graph_A_Merge_Gives_Or_Refuse_When_A_Shared_Sample_Article_Changes_Relations_Between_Its_Entities(string change)
    {
        var inputs = SampleInputs.Value;
        var (graph, layout) = Merge(inputs);
        var (applied, refused) = (0, 0);
        for (var a = 0; a < inputs.Count; a++)
        {
            if (inputs[a].Relations.Length == 0)
            {
                continue;
            }

            var edited = new MergeInput(inputs[a].Article, inputs[a].Entities, Changed(inputs[a].Relations, change));
            var (expected, expectedLayout) = Merge(inputs.Select((input, i) => i == a ? edited : input));

            var edit = GraphEdit.Between(inputs[a], edited, layout, a, out var placesAfter);

            Assert.NotNull(edit);
            if (edit.Evidence.All(e => e.TryApply(graph.Relations[e.Relation], out _)))
            {
                Assert.Equal(expected, EditedGraphs.Apply(graph, edit));
                var places = new Dictionary<int, int[]> { [a] = placesAfter };
                Assert.Equal(expectedLayout.Relations.All.ToArray(), layout.Relations.With(places).All.ToArray());
                Assert.Equal(expectedLayout.Relations.Starts.ToArray(), layout.Relations.With(places).Starts.ToArray());
                applied++;
            }
            else
            {
                // What the record cannot tell: a relationship gone, or the highest confidence lowered where other articles give it too.
                Assert.True(expected.Relations.Count != graph.Relations.Count
                    || (change == "confidence lowered" && graph.Relations[edit.Evidence[0].Relation].Evidence.Any(e => e.ArticleId != inputs[a].Article.Id)));
                refused++;
            }
        }

        Assert.True(applied + refused >= 5, "the sample should have several articles with relations");
        Assert.True(change is "relation removed" ? refused > 0 : applied > 0);
    }

    [Fact]
    public void Should_Refuse_An_Edit_That_Changes_What_The_Articles_Paper_Introduces()
    {
        var pipeline = DefaultPipeline.Create(ExtractorKnowledge.Load());
        var inputs = new[] { "作者 A Bo 摘要 本文提出了一种名为TRACE的时间推理方法。TRACE在长视频问答上优于GRPO。", "作者 C Di 摘要 本文提出了一种名为TRACE的代码溯源框架，TRACE优于GRPO。" }
            .Select((body, i) => MergeInput.Of(pipeline.Extract(new Article($"article:a{i}", $"Article {i}", null, "t.txt", 1 + (4 * i), body, false))))
            .ToList();
        var (_, layout) = Merge(inputs);
        var input = inputs[0];
        var withoutIntroduction = new MergeInput(input.Article, input.Entities, [.. input.Relations.Where(r => r.Type != RelationType.Introduces)]);

        Assert.Contains(input.Relations, r => r.Type == RelationType.Introduces);
        Assert.Null(GraphEdit.Between(input, withoutIntroduction, layout, 0, out _));
        Assert.NotNull(GraphEdit.Between(input, Reworded(input, Rewording("clause")), layout, 0, out _));
    }

    [Fact]
    public void Should_Leave_A_Count_Change_Unsettled_Only_Where_The_Entitys_Articles_Disagree()
    {
        var inputs = SampleInputs.Value;
        var (_, layout) = Merge(inputs);
        var article = inputs.ToList().FindIndex(i => i.Entities.Length > 0);
        var input = inputs[article];
        var entities = input.Entities.ToArray();
        entities[0] = entities[0] with { MentionCount = entities[0].MentionCount + 5 };
        var edited = new MergeInput(input.Article, entities, input.Relations);
        // Every entity of the sample has one name and type in all its articles: one that had two could vote otherwise.
        var place = layout.Entities.Of(article)[0];
        var mixed = layout.Uniform.ToArray();
        mixed[place] = false;

        var unsettled = GraphEdit.Between(input, edited, layout with { Uniform = mixed }, article, out _)!;

        Assert.False(Assert.Single(unsettled.MentionCounts, c => c.Entity == place).VoteSettled);
        Assert.True(Assert.Single(GraphEdit.Between(input, edited, layout, article, out _)!.MentionCounts, c => c.Entity == place).VoteSettled);
        // Its articles in fact agree: voting again settles it.
        var settled = unsettled.WithVotesSettled(layout with { Uniform = mixed }, i => inputs[i], i => i == article ? edited : inputs[i]);
        Assert.True(Assert.Single(settled.MentionCounts, c => c.Entity == place).VoteSettled);
    }

    [Theory]
    [MemberData(nameof(Recountings))]
    public void Should_Settle_Only_Types_And_Names_A_Merge_Keeps_When_Shared_Corpus_Articles_Recount_Entities_Whose_Articles_Disagree(string recounting)
    {
        var inputs = CorpusInputs.Value;
        var (graph, layout) = Merge(inputs);
        var (settled, unsettled) = (0, 0);
        foreach (var a in Enumerable.Range(0, inputs.Count).Where(a => layout.Entities.Of(a).ToArray().Any(e => !layout.Uniform[e])).Take(30))
        {
            var edited = new MergeInput(inputs[a].Article, [.. inputs[a].Entities.Select((e, i) => e with { MentionCount = Recounting(recounting)(i, e.MentionCount) })], inputs[a].Relations);
            var expected = Merge(inputs.Select((input, i) => i == a ? edited : input)).Graph;

            var edit = GraphEdit.Between(inputs[a], edited, layout, a, out _)!.WithVotesSettled(layout, i => inputs[i], i => i == a ? edited : inputs[i]);

            foreach (var count in edit.MentionCounts)
            {
                var entity = graph.Entities[count.Entity];
                if (count.VoteSettled)
                {
                    Assert.Equal(count.ApplyTo(entity), Assert.Single(expected.Entities, e => e.Id == entity.Id));
                    settled += layout.Uniform[count.Entity] ? 0 : 1;
                }
                else
                {
                    unsettled++;
                }
            }

            if (edit.MentionCounts.All(c => c.VoteSettled))
            {
                Assert.Equal(expected, EditedGraphs.Apply(graph, edit));
            }
        }

        Assert.True(settled > 0, $"{settled} settled by a vote, {unsettled} not");
    }

    [Fact]
    public void Should_Settle_Exactly_The_Count_Changes_A_Merge_Keeps_In_Articles_That_Disagree()
    {
        var random = new Random(7);
        string[] names = ["AlphaNet", "Alpha-Net", "阿尔法网络"];
        EntityType[] types = [EntityType.Method, EntityType.Model, EntityType.Dataset];
        var (settled, turned) = (0, 0);
        for (var round = 0; round < 300; round++)
        {
            // Three articles name one entity, each with a name, type (a Method perhaps only guessed) and count of its own.
            var inputs = SampleInputs.Value.Take(3)
                .Select(input =>
                {
                    var type = types[random.Next(3)];
                    var local = new MergeEntity("alphanet", names[random.Next(3)], type, type == EntityType.Method && random.Next(2) == 0, EquatableArray<string>.Empty, random.Next(1, 5));
                    return new MergeInput(input.Article, [local], []);
                })
                .ToList();
            var (graph, layout) = Merge(inputs);
            var a = random.Next(3);
            var local = inputs[a].Entities[0];
            var edited = new MergeInput(inputs[a].Article, [local with { MentionCount = Math.Max(0, local.MentionCount + random.Next(-3, 4)) }], []);
            var expected = Merge(inputs.Select((input, i) => i == a ? edited : input)).Graph;

            var count = GraphEdit.Between(inputs[a], edited, layout, a, out _)!.WithVotesSettled(layout, i => inputs[i], i => i == a ? edited : inputs[i]).MentionCounts.SingleOrDefault();

            if (count is null)
            {
                continue;
            }

            var unchanged = expected.Entities.Single() == count.ApplyTo(graph.Entities.Single());
            Assert.Equal(unchanged, count.VoteSettled);
            (settled, turned) = (settled + (unchanged ? 1 : 0), turned + (unchanged ? 0 : 1));
        }

        Assert.True(settled >= 30 && turned >= 10, $"{settled} settled, {turned} turned a vote");
    }

    [Fact]
    public void Should_Give_No_Edits_When_A_Shared_Sample_Article_Gives_The_Merge_What_It_Gave()
    {
        var article = SampleInputs.Value.ToList().FindIndex(i => i.Relations.Length > 0);
        var input = SampleInputs.Value[article];

        var edit = GraphEdit.Between(input, Reworded(input, (_, sentence) => sentence), Merge(SampleInputs.Value).Layout, article, out _);

        Assert.NotNull(edit);
        Assert.Empty(edit.Evidence);
        Assert.Empty(edit.MentionCounts);
        Assert.Empty(edit.Mentions);
    }

    public static TheoryData<string> OtherChanges => new("title", "entity name", "entity type told or guessed", "entity aliases", "entity added", "relation type", "relation end");

    [Theory]
    [MemberData(nameof(OtherChanges))]
    public void Should_Refuse_An_Edit_That_Changes_More_Than_The_Wording_Of_A_Shared_Sample_Articles_Evidence(string change)
    {
        var index = SampleInputs.Value.ToList().FindIndex(i => i.Relations.Length > 0);
        var input = SampleInputs.Value[index];
        var layout = Merge(SampleInputs.Value).Layout;
        var relations = input.Relations.ToArray();
        var entities = input.Entities.ToArray();
        var article = input.Article;
        switch (change)
        {
            case "title":
                article = article with { Title = article.Title + "（修订）" };
                break;
            case "entity name":
                entities[0] = entities[0] with { Name = entities[0].Name + "X" };
                break;
            case "entity type told or guessed":
                // The same type, but told where it was guessed or the other way: it weighs differently in the vote.
                entities[0] = entities[0] with { IsTypeGuessed = !entities[0].IsTypeGuessed };
                break;
            case "entity aliases":
                entities[0] = entities[0] with { Aliases = EquatableArray<string>.From([.. entities[0].Aliases, "别名"]) };
                break;
            case "entity added":
                entities = [.. entities, entities[0] with { Key = entities[0].Key + "x" }];
                break;
            case "relation type":
                relations[0] = relations[0] with { Type = relations[0].Type == RelationType.IsA ? RelationType.ComparedWith : RelationType.IsA };
                break;
            default:
                relations[0] = relations[0] with { TargetKey = "not-an-entity-of-the-article" };
                break;
        }

        Assert.Null(GraphEdit.Between(input, new MergeInput(article, entities, relations), layout, index, out _));
    }
}
