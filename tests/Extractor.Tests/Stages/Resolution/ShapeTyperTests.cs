using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Resolution;

namespace Digest.Extractor.Tests.Stages.Resolution;

public sealed class ShapeTyperTests
{
    private static readonly ShapeTyper Typer = new(PipelineRun.Knowledge.Heads, PipelineRun.Knowledge.Shapes);

    private static EntityType Guess(string name, string body) =>
        Typer.Guess(name, body, [new Mention(name, body.IndexOf(name, StringComparison.Ordinal), 0, "test")]);

    [Theory]
    [InlineData("DYNAP-SE", "本文使用的DYNAP-SE神经形态处理器架构,基于指数泄露积分发放", EntityType.Tool)]
    [InlineData("MMADE", "如InstructBLIP,对MMADE数据集进行训练", EntityType.Dataset)]
    [InlineData("Luban", "具体来说,我们提出了Luban代理,专注于Minecraft中的创造性构建任务", EntityType.Model)]
    [InlineData("GPTNeoX", "选用了基于GPTNeoX架构的Pythia系列LLMs", EntityType.Method)]
    [InlineData("Qwen3-0.6B", "提出基于Qwen3-0.6B的判别式长文档主题分割", EntityType.Model)]
    public void Should_Type_By_The_Head_Word_After_The_Name_Or_By_Its_Shape(string name, string body, EntityType expected) =>
        Assert.Equal(expected, Guess(name, body));

    [Fact]
    public void Should_Not_Read_A_Head_Across_A_Function_Word()
    {
        // 在 … 基准: the benchmark is another noun phrase, not Luban's type.
        Assert.Equal(EntityType.Method, Guess("Luban", "结果表明Luban在我们提出的基准上完成了多样化的创造性构建任务"));
    }
}
