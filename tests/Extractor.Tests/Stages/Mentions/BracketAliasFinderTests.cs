using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class BracketAliasFinderTests
{
    private static List<AliasLink> Links(string body) => PipelineRun.RunUntil<BracketAliasFinder>("T", body).AliasLinks;

    [Fact]
    public void Should_Link_A_Chinese_Term_To_Its_Long_Form_And_Acronym()
    {
        var links = Links("药物不良事件(Adverse Drug Events,ADEs)的挖掘在药物警戒中至关重要");

        Assert.Contains(new AliasLink("药物不良事件", "Adverse Drug Events", BracketAliasFinder.Name), links);
        Assert.Contains(new AliasLink("药物不良事件", "ADEs", BracketAliasFinder.Name), links);
    }

    [Fact]
    public void Should_Link_An_Acronym_To_Its_Chinese_Name_In_Brackets()
    {
        var links = Links("在 Transformer 模型中,RoPE(旋转位置编码)是一种绝对位置编码方法");

        Assert.Contains(links, l => l.First == "RoPE" && l.Second == "旋转位置编码");
    }

    [Fact]
    public void Should_Read_An_Abbreviation_Introduced_By_Jiancheng()
    {
        var links = Links("我们研究状态空间模型(简称SSM)的性质");

        Assert.Contains(links, l => l.First == "状态空间模型" && l.Second == "SSM");
    }

    [Fact]
    public void Should_Not_Take_A_Lowercase_Gloss_For_A_Name()
    {
        Assert.Empty(Links("使用混合信号类脑(neuromorphic)硬件上的脉冲神经网络"));
    }

    [Fact]
    public void Should_Not_Link_A_Known_Broader_Term_To_A_Narrower_Bracketed_Name()
    {
        var links = Links("本文提出了一种基于模型的强化学习(Model-Based Reinforcement Learning,MBRL)方法");

        Assert.DoesNotContain(links, l => l.First == "强化学习");
        Assert.Contains(links, l => l.Second == "MBRL");
    }

    [Fact]
    public void Should_Not_Link_A_Name_To_A_Known_Name_Glossing_Its_Kind()
    {
        // From a corpus summary: the bracket says what CEVAR is built on, not another name for it.
        Assert.DoesNotContain(Links("我们提出CEVAR(Transformer)框架,用于中心线嵌入提取"), l => l.Second == "Transformer" || l.First == "Transformer");
    }
}
