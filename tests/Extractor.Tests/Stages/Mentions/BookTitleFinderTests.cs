using Digest.Extractor.Model;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class BookTitleFinderTests
{
    [Fact]
    public void Should_Find_A_Paper_Title_In_Book_Brackets_From_The_Sample()
    {
        var context = PipelineRun.RunUntil<BookTitleFinder>("T", "U-Net最早出自论文《U-Net: Convolutional Networks for Biomedical Image Segmentation》,其特点是输入和输出的大小一致。");

        var title = Assert.Single(context.Mentions, m => m.Finder == BookTitleFinder.Name);
        Assert.Equal("U-Net: Convolutional Networks for Biomedical Image Segmentation", title.Surface);
        Assert.Equal(EntityType.Paper, title.TypeHint);
    }

    [Fact]
    public void Should_Not_Find_A_Title_When_The_Brackets_Do_Not_Close()
    {
        var context = PipelineRun.RunUntil<BookTitleFinder>("T", "本文《学习超越模式匹配 探讨了大语言模型。");

        Assert.DoesNotContain(context.Mentions, m => m.Finder == BookTitleFinder.Name);
    }
}
