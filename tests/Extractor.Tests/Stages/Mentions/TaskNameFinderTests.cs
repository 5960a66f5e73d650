using Digest.Extractor.Model;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class TaskNameFinderTests
{
    private static IEnumerable<string> Names(string body) =>
        PipelineRun.RunUntil<TaskNameFinder>("T", body).Mentions.Where(m => m.Finder == TaskNameFinder.Name).Select(m => m.Surface);

    [Theory]
    [InlineData("它在算术推理和符号推理任务上都带来了显著提升。", new[] { "算术推理", "符号推理" })]
    [InlineData("GUMP-Net是一种可解释的混合驱动算法，用于多类骨盆分割。", new[] { "多类骨盆分割" })]
    [InlineData("在LLaMA系列模型的常识推理任务上，DoRA稳定优于LoRA。", new string[0])]
    [InlineData("在LLaMA系列模型的符号推理任务上，DoRA稳定优于LoRA。", new[] { "符号推理" })]
    [InlineData("在3D医学图像翻译中，PPDM显著优于基线。", new[] { "3D医学图像翻译" })]
    [InlineData("3DGS已被迅速扩展到动态场景重建、SLAM和文生3D等任务中。", new[] { "动态场景重建" })]
    [InlineData("T0在自然语言推理、共指消解、句子补全和词义消歧等留出任务上进行零样本评估。", new[] { "句子补全" })]
    public void Should_Name_A_Task_Where_A_Frame_Says_It_Is_One(string body, string[] names)
    {
        Assert.Equal(names, Names(body));
    }

    [Theory]
    [InlineData("在模型推理中引入KV缓存可以减少重复计算。")]
    [InlineData("该方法在三类推理任务上都有提升。")]
    [InlineData("由于训练与推理不匹配，模型在推理不匹配上表现变差。")]
    [InlineData("它在纠错上很快。")]
    [InlineData("它在图像生成质量和多样性之间取得平衡。")]
    [InlineData("多语言语音识别的FLEURS基准上，Whisper同样有竞争力。")]
    public void Should_Not_Name_A_Stage_A_Count_A_Verb_A_Head_Alone_Or_A_Known_Task(string body)
    {
        Assert.Empty(Names(body));
    }

    [Fact]
    public void Should_Not_Take_A_Verb_Into_A_Task_It_Opens()
    {
        var names = Names("在需要语义推理、符号理解和人物识别的涌现能力评估中，RT-2提升超过三倍。");

        Assert.DoesNotContain("需要语义推理", names);
        Assert.Contains("符号理解", names);
    }

    [Fact]
    public void Should_Make_The_Task_One_The_Work_Is_Evaluated_On()
    {
        const string Body = "CoT是一种提示方法。它在算术推理和符号推理任务上都带来了显著提升。";
        var context = PipelineRun.RunUntil<TaskNameFinder>("T", Body);

        Assert.All(context.Mentions.Where(m => m.Finder == TaskNameFinder.Name), m => Assert.Equal(EntityType.Task, m.TypeHint));
        Assert.Contains("CoT -EVALUATED_ON-> 符号推理", PipelineRun.Edges(PipelineRun.Extract("T", Body)));
    }
}
