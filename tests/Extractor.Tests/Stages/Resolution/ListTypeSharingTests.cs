using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Resolution;

namespace Digest.Extractor.Tests.Stages.Resolution;

public sealed class ListTypeSharingTests
{
    private static LocalEntity Entity(ArticleContext context, string name) => Assert.Single(context.Entities, e => e.Name == name);

    [Fact]
    public void Should_Type_Every_Member_Of_A_Long_List_Whose_Known_Members_Are_Datasets()
    {
        // Electricity and ILI are known; the list is longer than any frame around a name reaches.
        var context = PipelineRun.RunUntil<ListTypeSharing>("T", "本文提出PatchTST。实验在Weather、Traffic、Electricity、ILI以及ETTh1、ETTh2、ETTm1、ETTm2四个ETT数据集上进行。");

        foreach (var name in new[] { "Weather", "Traffic", "ETTh1", "ETTh2", "ETTm1", "ETTm2" })
        {
            Assert.Equal(EntityType.Dataset, Entity(context, name).Type);
            Assert.False(Entity(context, name).IsTypeGuessed);
        }

        Assert.Equal(EntityType.Method, Entity(context, "PatchTST").Type);
    }

    [Fact]
    public void Should_End_A_List_At_A_Name_That_Describes_What_Follows_It_But_Not_At_The_Lists_Own_Count()
    {
        var described = PipelineRun.RunUntil<ListTypeSharing>("T", "评估基准包括ImageNet、SWaT、eBay的服务器指标数据集PSM。");
        var counted = PipelineRun.RunUntil<ListTypeSharing>("T", "在LongBench和Needle-In-A-Haystack的19个数据集上保持性能。");

        Assert.Equal(EntityType.Dataset, Entity(described, "SWaT").Type);
        Assert.NotEqual(EntityType.Dataset, Entity(described, "eBay").Type);
        Assert.Equal(EntityType.Dataset, Entity(counted, "Needle-In-A-Haystack").Type);
    }

    [Fact]
    public void Should_Read_The_List_On_Past_A_Bracketed_Aside_Of_A_Member()
    {
        var context = PipelineRun.RunUntil<ListTypeSharing>("T", "在MS COCO、Flickr（短描述）和IIW、DOCCI（长描述）基准上检索性能提升。");

        Assert.Equal(EntityType.Dataset, Entity(context, "Flickr").Type);
        Assert.Equal(EntityType.Dataset, Entity(context, "IIW").Type);
    }

    [Fact]
    public void Should_Take_Names_In_A_Bracket_As_A_List_Of_Their_Own()
    {
        // BSDS500 stands after the task it is an example of, not beside COCO and LVIS.
        var context = PipelineRun.RunUntil<ListTypeSharing>("T", "此外，SAM还可以零样本迁移到边缘检测（BSDS500）、实例分割（COCO和LVIS）等下游任务上。");

        Assert.Equal(EntityType.Dataset, Entity(context, "LVIS").Type);
        Assert.True(Entity(context, "BSDS500").IsTypeGuessed);
        Assert.Equal(EntityType.Task, Entity(context, "实例分割").Type);
    }

    [Fact]
    public void Should_Share_No_Type_But_Dataset_Or_Author_So_A_Name_Beside_A_Model_Keeps_Its_Default()
    {
        var context = PipelineRun.RunUntil<ListTypeSharing>("T", "本文提出FooNet。FooNet和GPT-4o在ImageNet上对比，FooNet更快。");

        Assert.Equal(EntityType.Method, Entity(context, "FooNet").Type);
    }

    [Fact]
    public void Should_Leave_A_Name_In_Lists_That_Disagree_To_Its_Default()
    {
        var context = PipelineRun.RunUntil<ListTypeSharing>("T", "我们在ImageNet和Vistas365上评估，并把Vistas365与GPT-4o对比。");

        Assert.True(Entity(context, "Vistas365").IsTypeGuessed);
    }

    [Theory]
    [InlineData("由 William Peebles 与谢赛宁提出的 DiT 出自论文《Scalable Diffusion Models with Transformers》。", "William Peebles")]
    [InlineData("清华大学的Cheng Lu、朱军等人据此提出了DPM-Solver。", "Cheng Lu")]
    public void Should_Make_A_Name_Shaped_As_A_Persons_A_Person_Beside_A_Known_One(string text, string person)
    {
        var context = PipelineRun.RunUntil<ListTypeSharing>("T", text);

        Assert.Equal(EntityType.Author, Entity(context, person).Type);
    }

    [Fact]
    public void Should_Not_Make_A_Work_Beside_A_Known_Person_A_Person()
    {
        var context = PipelineRun.RunUntil<ListTypeSharing>("T", "何恺明和Mask2Former都被多次引用。");

        Assert.NotEqual(EntityType.Author, Entity(context, "Mask2Former").Type);
    }
}
