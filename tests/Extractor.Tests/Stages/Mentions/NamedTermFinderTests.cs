using Digest.Extractor.Model;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class NamedTermFinderTests
{
    private static List<(string Surface, EntityType? Type)> Named(string body) =>
        PipelineRun.RunUntil<NamedTermFinder>("T", body).Mentions
            .Where(m => m.Finder == NamedTermFinder.Name)
            .Select(m => (m.Surface, m.TypeHint))
            .ToList();

    [Fact]
    public void Should_Type_Every_Member_Of_A_List_Closed_By_A_Task_Head()
    {
        var found = Named("这些模型在视觉问答、图像字幕生成等任务中表现优异");

        Assert.Equal([("视觉问答", EntityType.Task), ("图像字幕生成", EntityType.Task)], found);
    }

    [Fact]
    public void Should_Read_A_Name_Given_With_Mingwei()
    {
        var found = Named("作者提出了一种名为NTKEval的方法,通过训练不同类型的数学数据来评估");

        Assert.Equal([("NTKEval", EntityType.Method)], found);
    }

    [Fact]
    public void Should_Not_Take_Short_Generic_Words_From_A_Plain_Coordination()
    {
        Assert.Empty(Named("尤其是在重构和去噪任务中,避免生成模糊的结果"));
    }
}
