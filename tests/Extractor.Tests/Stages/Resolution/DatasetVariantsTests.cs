using Digest.Extractor.Stages.Resolution;

namespace Digest.Extractor.Tests.Stages.Resolution;

public sealed class DatasetVariantsTests
{
    private static readonly DatasetVariants Variants = new(PipelineRun.Knowledge.Lexicon);

    [Theory]
    [InlineData("CIFAR-10-C", true)]
    [InlineData("ImageNet-R", true)]
    [InlineData("MMLU-Pro", true)]
    [InlineData("KITTI-2015", true)]
    [InlineData("COCO 2014", true)]
    [InlineData("SQuAD 2.0", true)]
    [InlineData("SQuAD v1.1", true)]
    [InlineData("SQuAD 2.0.1", false)]
    [InlineData("SQuAD v", false)]
    [InlineData("CoCo-SAM3", false)]
    [InlineData("ImageNet-Pretrained", false)]
    [InlineData("COCO 14B", false)]
    [InlineData("FooNet-C", false)]
    [InlineData("ImageNet", false)]
    public void Should_Tell_A_Split_Or_Version_Of_A_Known_Dataset(string name, bool expected)
    {
        Assert.Equal(expected, Variants.Holds(name));
    }

    [Fact]
    public void Should_Type_A_Known_Datasets_Variant_As_A_Dataset_Before_Its_Shape()
    {
        var typer = new ShapeTyper(PipelineRun.Knowledge.Heads, PipelineRun.Knowledge.Frames, Variants, PipelineRun.Knowledge.Shapes);

        Assert.Equal(Model.EntityType.Dataset, typer.Guess("MMLU-Pro", "x", []));
    }
}
