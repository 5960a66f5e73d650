namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class AbstractNameFinderTests
{
    private const string Title = "Streaming Video Generation with Streaming Force Control";

    [Theory]
    [InlineData("作者 Li Wei, Zhang San 摘要 StreamForce是一个流式视频生成框架，通过连续力输入实现物理可控的视频生成。", "StreamForce")]
    [InlineData("作者 Li Wei 摘要 FootMR：一种通过提升2D足部关键点序列到3D来细化足部运动的方法，在多个数据集上有效。", "FootMR")]
    [InlineData("作者 Li Wei 摘要 AssistMimic：首个通过多智能体强化学习跟踪辅助交互动作的方法。", "AssistMimic")]
    [InlineData("作者 Li Wei 摘要 SIR提出了一种单模型通用医学异常检测框架，仅需每个数据集一个正常样本。", "SIR")]
    [InlineData("作者 Li Wei 摘要 MAMO通过多智能体强化学习将奖励权重选择建模为学习问题，实现约束优化问题的自主平衡。", "MAMO")]
    [InlineData("作者 Li Wei 摘要 ViDiHand利用预训练的视频扩散模型表征，从第一人称视频中重建4D双手姿态。", "ViDiHand")]
    [InlineData("作者 Li Wei 摘要 SAGA框架利用冻结的多模态大语言模型，将视觉编码器的token转化为属性级监督信号。", "SAGA")]
    public void Should_Make_The_Name_That_Opens_And_Defines_The_Abstract_What_The_Paper_Introduces_From_Corpus_Summaries(string body, string name)
    {
        Assert.Contains($"{Title} -INTRODUCES-> {name}", PipelineRun.Edges(PipelineRun.Extract(Title, body)));

        var context = PipelineRun.RunUntil<Digest.Extractor.Stages.Relations.AbstractNameFinder>(Title, body);
        Assert.Equal(name, context.Entities.Single(e => e.Key == context.MainEntityKey).Name);
    }

    [Theory]
    [InlineData("作者 Li Wei 摘要 GPT-4是一个强大的模型，但在长视频理解上表现不足。")]
    [InlineData("作者 Li Wei 摘要 GPT-4通过分析观赛体验文本预测球迷的总体评分。")]
    [InlineData("作者 Li Wei 摘要 视频模型StreamForce是一个流式框架。")]
    [InlineData("作者 Li Wei 摘要 StreamForce是视频生成中的关键问题。")]
    public void Should_Not_Take_A_Known_Name_A_Name_Inside_The_Sentence_Or_One_Not_Defined_There(string body) =>
        Assert.DoesNotContain(PipelineRun.Edges(PipelineRun.Extract(Title, body)), e => e.Contains("-INTRODUCES->", StringComparison.Ordinal));

    [Fact]
    public void Should_Leave_An_Article_That_Is_No_Paper_Summary_Alone()
    {
        var context = PipelineRun.Extract("流式视频生成", "StreamForce是一个流式视频生成框架，通过连续力输入实现物理可控的视频生成。");

        Assert.DoesNotContain(PipelineRun.Edges(context), e => e.Contains("-INTRODUCES->", StringComparison.Ordinal));
    }
}
