using Digest.Extractor.Building;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Tests.Building;

/// <summary>How the merge keeps the meanings of an acronym apart (<see cref="AcronymSenses"/>), on articles run through the pipeline.</summary>
public sealed class AcronymSensesTests
{
    private static readonly ExtractionPipeline Pipeline = DefaultPipeline.Create(ExtractorKnowledge.Load());

    private const string Adaptation = "本文提出TTA（Test-Time Adaptation）方法，在测试阶段用无标签数据更新归一化层参数以应对分布偏移。";
    private const string AdaptationAgain = "作者将TTA（Test-Time Adaptation）用于医学影像分割，在跨医院数据上显著提升了Dice系数。";
    private const string Augmentation = "TTA（Test-Time Augmentation）对每张测试图像做翻转和裁剪等多种变换，并平均模型的预测。";
    private const string Bare = "结合TTA后，模型在ImageNet-C上的准确率进一步提升。";

    private static KnowledgeGraphData Build(params string[] bodies)
    {
        var builder = new GraphBuilder();
        for (var i = 0; i < bodies.Length; i++)
        {
            builder.Add(Pipeline.Extract(new Article($"article:a{i}", $"Article {i}", null, "t.txt", 1 + (4 * i), bodies[i], false)));
        }

        return builder.Build();
    }

    /// <summary>The entity that has this alias (or name).</summary>
    private static Entity Named(KnowledgeGraphData graph, string name) =>
        Assert.Single(graph.Entities, e => e.Name == name || e.Aliases.Contains(name));

    private const string TraceForTime = "作者 A Bo 摘要 本文提出了一种名为TRACE的时间推理方法，在长视频问答上取得提升。";
    private const string TraceForCode = "作者 C Di 摘要 本文提出了一种名为TRACE的代码溯源框架，用于定位生成代码的来源。";

    [Fact]
    public void Should_Keep_Apart_Namesakes_That_Two_Papers_Introduce()
    {
        var graph = Build(TraceForTime, TraceForCode);

        var traces = graph.Entities.Where(e => e.Name == "TRACE").ToList();

        Assert.Equal(2, traces.Count);
        Assert.Equal([["article:a0"], ["article:a1"]], traces.Select(e => e.ArticleIds.ToArray()).OrderBy(a => a[0]));
    }

    [Fact]
    public void Should_Keep_One_Entity_For_A_Name_That_More_Articles_Use_Than_Introduce()
    {
        var graph = Build(TraceForTime, TraceForCode, "与TRACE相比，本方法更快。", "TRACE在多个基准上表现稳定。", "我们复现了TRACE的结果。");

        var trace = Assert.Single(graph.Entities, e => e.Name == "TRACE");

        Assert.Equal(5, trace.ArticleIds.Count);
    }

    [Fact]
    public void Should_Keep_One_Entity_For_Papers_That_Spell_The_Name_Out_Alike()
    {
        var graph = Build(
            "作者 A Bo 摘要 本文提出了一种名为TLPO（Token-Level Policy Optimization）的强化学习方法，缓解语言混杂。",
            "作者 C Di 摘要 本文提出了一种名为TLPO（Token-Level Policy Optimization）的训练方法，连接组级奖励与词元级更新。");

        Assert.Equal(["article:a0", "article:a1"], Named(graph, "Token-Level Policy Optimization").ArticleIds);
    }

    [Fact]
    public void Should_Keep_A_Meaning_That_Fewer_Articles_Spell_Out_Apart_And_Give_Bare_Uses_To_The_Other()
    {
        var graph = Build(Adaptation, Augmentation, AdaptationAgain, Bare);

        var adaptation = Named(graph, "Test-Time Adaptation");
        var augmentation = Named(graph, "Test-Time Augmentation");

        Assert.NotEqual(adaptation.Id, augmentation.Id);
        Assert.Equal(["article:a0", "article:a2", "article:a3"], adaptation.ArticleIds);
        Assert.Equal(["article:a1"], augmentation.ArticleIds);
        Assert.Equal("TTA", augmentation.Name);

        // The meaning the acronym joins keeps its plain id; the other takes the next free one.
        Assert.EndsWith(":tta", adaptation.Id, StringComparison.Ordinal);
        Assert.DoesNotContain(graph.Entities, e => e.Aliases.Contains("Test-Time Adaptation") && e.Aliases.Contains("Test-Time Augmentation"));
    }

    [Fact]
    public void Should_Leave_Bare_Uses_On_Their_Own_When_No_Meaning_Is_Spelt_Out_More_Often()
    {
        var graph = Build(Adaptation, Augmentation, Bare);

        var bare = Assert.Single(graph.Entities, e => e.Name == "TTA" && e.Aliases.Count == 0);

        Assert.Equal(["article:a2"], bare.ArticleIds);
        Assert.Equal(["article:a0"], Named(graph, "Test-Time Adaptation").ArticleIds);
        Assert.Equal(["article:a1"], Named(graph, "Test-Time Augmentation").ArticleIds);
    }

    [Fact]
    public void Should_Follow_A_Chinese_Name_To_The_Meaning_Another_Article_Spells_Out_With_It()
    {
        // The last article says TTA only beside 测试时增强, which the second joins to Test-Time Augmentation.
        var graph = Build(Adaptation, "测试时增强（Test-Time Augmentation）对测试图像做多种变换并平均预测。", AdaptationAgain, "TTA（测试时增强）在小样本场景下同样有效。");

        Assert.Equal(["article:a1", "article:a3"], Named(graph, "Test-Time Augmentation").ArticleIds);
        Assert.Equal(["article:a0", "article:a2"], Named(graph, "Test-Time Adaptation").ArticleIds);
    }

    [Fact]
    public void Should_Join_Spellings_Of_One_Meaning_As_Before()
    {
        var graph = Build(
            "本文研究RLVR（Reinforcement Learning with Verifiable Rewards）在数学推理中的作用。",
            "RLVR（reinforcement learning from verifiable reward）以可自动验证的答案作为奖励信号。",
            "作者发现RLVR主要提升了采样效率。");

        var rlvr = Named(graph, "RLVR");

        Assert.Equal(["article:a0", "article:a1", "article:a2"], rlvr.ArticleIds);
        Assert.Contains("reinforcement learning from verifiable reward", rlvr.Aliases);
    }

    [Fact]
    public void Should_Move_An_Articles_Relations_With_The_Meaning_It_Spells_Out()
    {
        var graph = Build(Adaptation, AdaptationAgain, "TTA（Test-Time Augmentation）使用ResNet-50作为骨干网络，对测试图像做多种变换。");

        var augmentation = Named(graph, "Test-Time Augmentation");
        var resNet = Named(graph, "ResNet-50");

        Assert.Contains(graph.Relations, r => r.SourceId == augmentation.Id && r.TargetId == resNet.Id);
        Assert.DoesNotContain(graph.Relations, r => r.SourceId == Named(graph, "Test-Time Adaptation").Id && r.TargetId == resNet.Id);
    }

    [Fact]
    public void Should_Tell_Meanings_Apart_By_Their_Chinese_Names_When_No_Long_Form_Does()
    {
        var graph = Build(
            "AR（自回归）模型逐个生成词元，推理延迟随序列长度增长。",
            "本文将自回归（AR）解码与扩散模型结合，提出一种混合生成方法。",
            "AR（增强现实）眼镜需要在移动芯片上实时渲染。",
            "AR方法在长文本生成上依然表现更好。");

        var autoregressive = Named(graph, "自回归");
        var augmentedReality = Named(graph, "增强现实");

        Assert.NotEqual(autoregressive.Id, augmentedReality.Id);
        Assert.Equal(["article:a0", "article:a1", "article:a3"], autoregressive.ArticleIds);
        Assert.Equal(["article:a2"], augmentedReality.ArticleIds);
    }

    [Fact]
    public void Should_Not_Split_A_Name_Whose_Chinese_Names_Describe_It_Or_May_Translate_Its_Long_Form()
    {
        // LightGBM is no acronym in capitals: 梯度提升 and 树模型 describe it. 因果最小工具过滤 may translate CMTF's long form.
        var graph = Build(
            "LightGBM（梯度提升）在表格数据上训练速度很快。",
            "作者使用LightGBM（树模型）作为基线。",
            "本文提出CMTF（Causal Minimal Tool Filtering），在调用工具前过滤冗余工具。",
            "因果最小工具过滤（CMTF）显著降低了调用成本。");

        Assert.Equal(["article:a0", "article:a1"], Named(graph, "LightGBM").ArticleIds);
        Assert.Equal(["article:a2", "article:a3"], Named(graph, "CMTF").ArticleIds);
    }

    [Fact]
    public void Should_Join_A_Local_Entity_Whose_Names_Are_All_Acronyms_As_Before()
    {
        // AR beside 自回归 and beside 增强现实 (two meanings, one article each), and once beside ARM only, itself an acronym.
        string[][] entities = [["AR", "自回归"], ["AR", "增强现实"], ["ARM", "AR"], ["ARM", "ARM模型"]];
        var sets = new KeySets();
        var senses = new AcronymSenses();
        var keys = new List<int>();
        var firstKey = new List<int>();
        foreach (var names in entities)
        {
            firstKey.Add(keys.Count);
            keys.AddRange(names.Select(n => sets.Add(Digest.Extractor.Text.NameKey.Of(n))));
            senses.Note(names[0], names[1..], keys.ToArray().AsSpan(firstKey[^1]));
        }

        firstKey.Add(keys.Count);
        var groupKey = senses.Join(sets, keys, firstKey, out var keepsApart);

        Assert.Equal([true, true, false, false], keepsApart);
        Assert.NotEqual(sets.Find(groupKey[0]), sets.Find(groupKey[1]));
        Assert.Equal(sets.Find(groupKey[2]), sets.Find(groupKey[3]));
        Assert.Equal(sets.Find(sets.NumberOf("ar")), sets.Find(groupKey[3]));
    }
}
