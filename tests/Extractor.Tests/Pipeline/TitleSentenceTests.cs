using Digest.Extractor.Pipeline;
using Digest.Extractor.Tests.Stages;

namespace Digest.Extractor.Tests.Pipeline;

public sealed class TitleSentenceTests
{
    [Theory]
    [InlineData("重温SSM(一):线性系统和HiPPO矩阵", "SSM的开篇之作是S4。", "重温SSM(一):线性系统和HiPPO矩阵。")]
    [InlineData("学习超越模式匹配?评估LLMs的数学理解能力", "本文探讨了大语言模型。", "学习超越模式匹配?评估LLMs的数学理解能力。")]
    [InlineData("多智能体能否协作？", "本文研究了协作。", "多智能体能否协作？ ")]
    [InlineData("学习超越模式匹配?评估LLMs的数学理解能力", "作者 Siyuan Guo, Aniket Didolkar 摘要 本文探讨了大语言模型。", "")]
    [InlineData("HiPPO: Recurrent Memory with Optimal Polynomial Projections", "HiPPO是一种记忆方法。", "")]
    public void Should_Put_A_Posts_Chinese_Title_Before_Its_Text_But_Not_A_Papers_Title(string title, string body, string before) =>
        Assert.Equal(before, TitleSentence.Before(PipelineRun.Article(title, body)));

    [Theory]
    [InlineData("作者 Siyuan Guo, Aniket Didolkar 摘要 本文探讨了", true)]
    [InlineData("作者: Haotian Liu, Chunyuan Li 摘要", true)]
    [InlineData("作者：Rafael Rafailov, Archit Sharma 摘要", true)]
    [InlineData("作者:Albert Q. Jiang, Alexandre Sablayrolles", true)]
    [InlineData("作者提出了一种新的位置编码。", false)]
    [InlineData("作者们在三个任务上评估了DPO。", false)]
    public void Should_Tell_A_Summarys_Author_List_By_Its_Opening_With_Or_Without_A_Space_After_The_Colon(string body, bool opensWithAuthors) =>
        Assert.Equal(opensWithAuthors, TitleSentence.OpensWithAuthors(body));

    [Fact]
    public void Should_Find_The_Names_Only_The_Title_Of_The_Shared_Sample_Post_Gives()
    {
        // From the sample: the post on SSMs names 线性系统 and the HiPPO matrix in its title only.
        var extraction = PipelineRun.Extract("重温SSM(一):线性系统和HiPPO矩阵", "前几天，笔者看了几篇介绍SSM的文章，它的开篇之作是2021年的S4。");

        var names = extraction.Entities.Select(e => e.Name).ToList();
        Assert.Contains("线性系统", names);
        Assert.Contains("HiPPO矩阵", names);
    }
}
