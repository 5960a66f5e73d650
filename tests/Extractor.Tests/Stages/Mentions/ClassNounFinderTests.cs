using Digest.Extractor.Model;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class ClassNounFinderTests
{
    private static IEnumerable<string> Names(string body) =>
        PipelineRun.RunUntil<ClassNounFinder>("T", body).Mentions.Where(m => m.Finder == ClassNounFinder.Name).Select(m => m.Surface);

    [Theory]
    [InlineData("OpenAI提出GPT-3，一个拥有1750亿参数的自回归语言模型，参数量约为此前任何非稀疏语言模型的10倍。", "自回归语言模型")]
    [InlineData("近年来,Imagen、DALL-E 2和Stable Diffusion等大规模文本到图像模型已经能够根据文字描述生成高质量的图像。", "文本到图像模型")]
    [InlineData("Llama 2-Chat 70B大幅胜过Vicuna、Falcon等开源对话模型。", "对话模型")]
    [InlineData("如今,RT-DETR等实时检测器已经在速度和精度上同时超越了同期的YOLO系列。", "实时检测器")]
    [InlineData("GRU4Rec、GRU4Rec+和基于卷积的Caser等深度序列模型。", "深度序列模型")]
    [InlineData("PointNet是一种直接处理点云的深度网络，在ModelNet40上取得了89.2%的准确率。", "深度网络")]
    public void Should_Name_The_Class_A_Work_Is_Put_In(string body, string name)
    {
        Assert.Equal([name], Names(body));
    }

    [Theory]
    [InlineData("目前LLaMA等主流大模型都采用了RoPE。")]
    [InlineData("作者在GPT-3、LaMDA、PaLM和Codex等多个模型上进行了实验。")]
    [InlineData("Mamba优于SaShiMi等此前的最好模型。")]
    [InlineData("目前Llama 2 70B和Mistral 7B等开源模型都采用了GQA。")]
    [InlineData("它无需额外训练就能把多个任务专用模型合并为一个多任务模型。")]
    [InlineData("Stable Diffusion本身就属于隐空间扩散模型。")]
    [InlineData("Petar Veličković、Yoshua Bengio等人提出的图注意力网络（Graph Attention Networks，GAT）受Transformer中自注意力的启发。")]
    public void Should_Not_Name_A_Class_That_Is_Only_A_Size_A_Count_Or_A_Standing_Or_That_Another_Finder_Named(string body)
    {
        Assert.Empty(Names(body));
    }

    [Fact]
    public void Should_Make_The_Class_A_Concept_The_Work_Is_A()
    {
        const string Body = "OpenAI提出GPT-3，一个拥有1750亿参数的自回归语言模型。";
        var context = PipelineRun.RunUntil<ClassNounFinder>("T", Body);

        Assert.All(context.Mentions.Where(m => m.Finder == ClassNounFinder.Name), m => Assert.Equal(EntityType.Concept, m.TypeHint));
        Assert.Contains("GPT-3 -IS_A-> 自回归语言模型", PipelineRun.Edges(PipelineRun.Extract("T", Body)));
    }
}
