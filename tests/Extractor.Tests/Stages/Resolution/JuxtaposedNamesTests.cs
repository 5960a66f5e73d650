using Digest.Extractor.Stages.Resolution;

namespace Digest.Extractor.Tests.Stages.Resolution;

public sealed class JuxtaposedNamesTests
{
    private static List<string> Names(string body)
    {
        var context = PipelineRun.RunUntil<MentionResolver>("T", body);
        return context.Entities.Select(e => e.Name).ToList();
    }

    [Theory]
    [InlineData("使用Google Gemini模型分三阶段处理摘要。", "Google", "Gemini")]
    [InlineData("基于NVIDIA Isaac Sim构建自动化管线。", "NVIDIA", "Isaac Sim")]
    [InlineData("对比GRPO RL训练与监督微调。", "GRPO", "强化学习")]
    [InlineData("我们对比了ChatGPT GPT-4o的输出。", "ChatGPT", "GPT-4o")]
    public void Should_Name_Each_Known_Name_Of_A_Run_When_They_Are_Several_Things(string body, string first, string second)
    {
        var names = Names(body);

        Assert.Contains(first, names);
        Assert.Contains(second, names);
    }

    [Fact]
    public void Should_Split_A_Heading_Glued_To_The_Name_That_Opens_The_Sentence_After_It()
    {
        var names = Names("需要同时维护奖励模型和价值模型。 PPO RLHF通常使用PPO优化策略模型。");

        Assert.Contains("RLHF", names);
        Assert.DoesNotContain("PPO RLHF", names);
    }

    [Fact]
    public void Should_Split_The_Heading_After_The_Authors()
    {
        var names = Names("作者:Xu Tao NeRF 神经辐射场用多层感知机表示场景。");

        Assert.Contains("Xu Tao", names);
        Assert.Contains("NeRF", names);
    }

    [Fact]
    public void Should_Cut_The_Last_Author_Before_A_Heading_Of_Known_Systems()
    {
        var names = Names("作者:Gang YU, Lin Feng CLIP OpenAI的CLIP通过对比学习训练图像编码器。");

        Assert.Contains("Gang YU", names);
        Assert.Contains("Lin Feng", names);
        Assert.Contains("CLIP", names);
    }

    [Fact]
    public void Should_Keep_A_Surname_The_Lexicon_Matches_Ignoring_Case()
    {
        Assert.Contains("Chuang Gan", Names("作者:Bo Jiang, Chuang Gan 摘要 提出一种生成对抗网络。"));
    }

    [Theory]
    [InlineData("NeuWorld使用Transformer VAE从稀疏帧学习表示。", "Transformer VAE")]
    [InlineData("对比了Attention U-Net与UNETR。", "Attention U-Net")]
    public void Should_Keep_Two_Techniques_Side_By_Side_As_A_Variant_Of_The_Last(string body, string name)
    {
        Assert.Contains(name, Names(body));
    }
}
