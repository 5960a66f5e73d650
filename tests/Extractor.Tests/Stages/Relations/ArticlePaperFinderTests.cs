using Digest.Extractor.Stages.Relations;

namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class ArticlePaperFinderTests
{
    [Theory]
    [InlineData("U-Net: Convolutional Networks for Biomedical Image Segmentation", "U-Net")]
    [InlineData("HiPPO: Recurrent Memory with Optimal Polynomial Projections", "HiPPO")]
    [InlineData("Luban:通过自主具身验证构建开放式创造性代理", "Luban")]
    [InlineData("HumanMCP: A Human-Like Query Dataset for Evaluating MCP Tool Retrieval Performance", "HumanMCP")]
    public void Should_Read_The_Name_Before_The_Colon_Of_A_Title(string title, string name) =>
        Assert.Equal(name, ArticlePaperFinder.TitleName(title));

    [Theory]
    [InlineData("Toward General Semantic Chunking: A Discriminative Framework for Ultra-Long Documents")]
    [InlineData("Neuromorphic Dreaming: 高效学习的未来路径")]
    [InlineData("探索 ReRoPE:一种崭新的位置编码方法")]
    public void Should_Not_Take_A_Phrase_Before_A_Colon_For_A_Name(string title) =>
        Assert.Null(ArticlePaperFinder.TitleName(title));

    [Fact]
    public void Should_Make_The_Title_The_Paper_Its_Authors_Wrote_And_Its_Name_What_It_Introduces_In_A_Corpus_Summary()
    {
        var edges = PipelineRun.Edges(PipelineRun.Extract(
            "DesignSense: A Human Preference Dataset and Reward Modeling Framework for Graphic Layout Generation",
            "作者 Varun Gopal, Rishabh Jain 摘要 该论文提出了DesignSense-10k数据集和DesignSense模型,专门用于图形布局的偏好评估。"));

        Assert.Contains("Varun Gopal -AUTHORED-> DesignSense: A Human Preference Dataset and Reward Modeling Framework for Graphic Layout Generation", edges);
        Assert.Contains("DesignSense: A Human Preference Dataset and Reward Modeling Framework for Graphic Layout Generation -INTRODUCES-> DesignSense", edges);
        Assert.Contains("DesignSense: A Human Preference Dataset and Reward Modeling Framework for Graphic Layout Generation -INTRODUCES-> DesignSense-10k", edges);
    }
}
