using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Resolution;

namespace Digest.Extractor.Tests.Stages.Resolution;

public sealed class ShapeTyperTests
{
    private static readonly ShapeTyper Typer = new(PipelineRun.Knowledge.Heads, PipelineRun.Knowledge.Frames, new DatasetVariants(PipelineRun.Knowledge.Lexicon), PipelineRun.Knowledge.Shapes);

    private static EntityType? Guess(string name, string body) =>
        Typer.Guess(name, body, [new Mention(name, body.IndexOf(name, StringComparison.Ordinal), 0, "test")]);

    [Theory]
    [InlineData("DYNAP-SE", "本文使用的DYNAP-SE神经形态处理器架构,基于指数泄露积分发放", EntityType.Tool)]
    [InlineData("MMADE", "如InstructBLIP,对MMADE数据集进行训练", EntityType.Dataset)]
    [InlineData("Luban", "具体来说,我们提出了Luban代理,专注于Minecraft中的创造性构建任务", EntityType.Model)]
    [InlineData("GPTNeoX", "选用了基于GPTNeoX架构的Pythia系列LLMs", EntityType.Method)]
    [InlineData("Qwen3-0.6B", "提出基于Qwen3-0.6B的判别式长文档主题分割", EntityType.Model)]
    [InlineData("Kimi-VL", "我们在Kimi-VL和InternVL上比较了两种推理策略", EntityType.Model)]
    public void Should_Type_By_The_Head_Word_After_The_Name_Or_By_Its_Shape(string name, string body, EntityType expected) =>
        Assert.Equal(expected, Guess(name, body));

    [Fact]
    public void Should_Not_Read_A_Head_Across_A_Function_Word()
    {
        // 在 … 基准: the benchmark is another noun phrase, not Luban's type.
        Assert.Null(Guess("Luban", "结果表明Luban在我们提出的基准上完成了多样化的创造性构建任务"));
    }

    [Theory]
    [InlineData("OSWorld", "该智能体在OSWorld上取得了38.1%的成功率", EntityType.Dataset)]
    [InlineData("ChEBI-20", "方法在ChEBI-20基准上达到新的最优结果", EntityType.Dataset)]
    [InlineData("VizWiz", "模型在VizWiz上的准确率提升了4.2个百分点", EntityType.Dataset)]
    [InlineData("Dreamer", "在Dreamer上训练的策略", null)]
    public void Should_Type_A_Name_A_Score_Is_Reached_On_As_A_Benchmark(string name, string body, EntityType? expected) =>
        Assert.Equal(expected, Guess(name, body));

    [Theory]
    [InlineData("Qwen2.5-3B", "该方法在Qwen2.5-3B上取得了一致的提升")]
    [InlineData("RTX 4090", "推理在RTX 4090上达到每秒30帧")]
    public void Should_Leave_A_Sized_Model_Or_Hardware_In_That_Phrase_To_Its_Shape(string name, string body) =>
        Assert.NotEqual(EntityType.Dataset, Guess(name, body));

    [Theory]
    [InlineData("RTX 3090Ti", "部分模型在单张RTX 3090Ti显卡上即可完成训练")]
    [InlineData("GTX 1080Ti", "ENAS在单块GTX 1080Ti上不到16小时就能完成搜索")]
    [InlineData("Cloud TPU v4", "整个训练在32块Cloud TPU v4上耗时约四周")]
    [InlineData("T4 GPU", "在T4 GPU上推理速度达到53 FPS")]
    [InlineData("H800", "该模型在H800集群上训练")]
    public void Should_Type_Hardware_As_A_Tool_Whatever_Its_Version_Number(string name, string body) =>
        Assert.Equal(EntityType.Tool, Guess(name, body));

    [Theory]
    [InlineData("WMT 2015", "WMT 2015的结果表明子词模型更好")]
    [InlineData("HMMT 2025", "HMMT 2025中的题目更难")]
    public void Should_Type_A_Name_With_A_Year_As_An_Edition_Of_A_Benchmark(string name, string body) =>
        Assert.Equal(EntityType.Dataset, Guess(name, body));

    [Theory]
    [InlineData("DeepSeekMath Corpus", "用从Common Crawl中筛选出的120B token数学语料（DeepSeekMath Corpus）继续预训练")]
    [InlineData("DreamBooth dataset", "作者构建了一个包含30个主体的评测数据集(DreamBooth dataset)")]
    [InlineData("Open ASR Leaderboard", "在Open ASR Leaderboard上平均WER为6.71%")]
    [InlineData("DeepMind Control Suite", "在DeepMind Control Suite的4个任务上")]
    [InlineData("ISIC Archive", "图像来自ISIC Archive")]
    public void Should_Type_A_Name_Whose_Last_Word_Names_A_Body_Of_Data_As_A_Dataset(string name, string body) =>
        Assert.Equal(EntityType.Dataset, Guess(name, body));

    [Theory]
    [InlineData("MTR-Suite", "提出MTR-Suite框架，包含三个组件")]
    [InlineData("Agentic Legal Information Collection", "(1) Agentic Legal Information Collection，利用动态规划智能体检索法律条文")]
    public void Should_Not_Take_A_Joined_Suite_Or_A_Collection_For_A_Dataset(string name, string body) =>
        Assert.NotEqual(EntityType.Dataset, Guess(name, body));

    [Theory]
    [InlineData("T5", "我们在T5上进行了实验")]
    [InlineData("H2O", "H2O缓存淘汰策略")]
    public void Should_Not_Take_A_Model_Named_Like_Hardware_For_Hardware(string name, string body) =>
        Assert.NotEqual(EntityType.Tool, Guess(name, body));
}
