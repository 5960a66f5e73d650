using Digest.Extractor.Model;
using Digest.Extractor.Tests.Stages;

namespace Digest.Extractor.Tests.Knowledge;

public sealed class TypeHeadsTests
{
    private static EntityType? After(string text, string name) =>
        PipelineRun.Knowledge.Heads.After(text, text.IndexOf(name, StringComparison.Ordinal) + name.Length);

    [Theory]
    [InlineData("对MMADE数据集进行训练", "MMADE", EntityType.Dataset)]
    [InlineData("DYNAP-SE神经形态处理器架构", "DYNAP-SE", EntityType.Tool)]
    [InlineData("在 GLUE Benchmark 上", "GLUE", EntityType.Dataset)]
    [InlineData("基于Pythia 大语言模型", "Pythia", EntityType.Model)]
    [InlineData("在RefCOCO等数据集上", "RefCOCO", EntityType.Dataset)]
    [InlineData("在视觉问答和图像描述任务上", "视觉问答", EntityType.Task)]
    [InlineData("构建了MedDialog对话数据集", "MedDialog", EntityType.Dataset)]
    [InlineData("采用GateNet路由模块", "GateNet", EntityType.Method)]
    public void Should_Type_A_Name_By_The_Nearest_Head_After_It(string text, string name, EntityType expected)
    {
        Assert.Equal(expected, After(text, name));
    }

    [Theory]
    [InlineData("Luban在我们提出的基准上", "Luban")]
    [InlineData("XGBoost在二分类任务中表现最佳", "XGBoost")]
    [InlineData("对比Qwen 2.5 7B与XGBoost在预测任务上的归因", "XGBoost")]
    [InlineData("Luban是一个强大的基准", "Luban")]
    [InlineData("使用 the dataset", "使用")]
    [InlineData("本文提出FooNet。评测基准包括HumanEval", "FooNet")]
    [InlineData("本文提出FooNet，其数据集来自网络", "FooNet")]
    public void Should_Find_No_Head_Across_A_Function_Word_Or_Beyond_The_Name(string text, string name)
    {
        Assert.Null(After(text, name));
    }

    [Theory]
    [InlineData("名为NTKEval的方法", "NTKEval", EntityType.Method)]
    [InlineData("使用NASA的航天器数据集", "NASA", null)]
    public void Should_Read_A_Head_After_的_Only_Right_Behind_It(string text, string name, EntityType? expected)
    {
        Assert.Equal(expected, After(text, name));
    }

    [Theory]
    [InlineData("Benchmark", EntityType.Dataset)]
    [InlineData("model", EntityType.Model)]
    [InlineData("Modeling", null)]
    [InlineData("Bench", null)]
    public void Should_Type_A_Word_Only_When_It_Is_A_Whole_Head(string word, EntityType? expected)
    {
        Assert.Equal(expected, PipelineRun.Knowledge.Heads.Exactly(word));
    }
}
