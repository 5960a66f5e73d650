using Digest.Extractor.Knowledge;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Tests.Knowledge;

public sealed class TaskFramesTests
{
    private const string Minimal = "# c\nhead\t推理|检测\nbreak\t的|在\nopening\t模型\ncount\t类\nframe\t在\t上|任务\n";

    [Fact]
    public void Should_Find_A_Head_And_Its_Frame()
    {
        var frames = TaskFrames.Parse("task-frames.tsv", new StringReader(Minimal));
        const string Text = "它在算术推理上很强";

        Assert.Equal(2, frames.HeadAt(Text, 4));
        Assert.Equal(0, frames.HeadAt(Text, 3));
        Assert.True(frames.Frames(Text, 2, 6));
        Assert.False(frames.Frames(Text, 3, 6));
    }

    [Theory]
    [InlineData("算术推理", true)]
    [InlineData("模型推理", false)]
    [InlineData("三类推理", false)]
    [InlineData("3类推理", false)]
    [InlineData("3D检测", true)]
    public void Should_Tell_What_A_Task_May_Open_With(string task, bool may)
    {
        var frames = TaskFrames.Parse("task-frames.tsv", new StringReader(Minimal));

        Assert.Equal(may, frames.MayOpen(task));
    }

    [Theory]
    [InlineData('算', true)]
    [InlineData('D', true)]
    [InlineData('的', false)]
    [InlineData('，', false)]
    public void Should_Tell_What_A_Task_May_Hold(char c, bool may)
    {
        var frames = TaskFrames.Parse("task-frames.tsv", new StringReader(Minimal));

        Assert.Equal(may, frames.MayHold(c));
    }

    [Theory]
    [InlineData("head\t推理\nframe\t在\n")]
    [InlineData("head\t推理\nbreak\t的在\n")]
    [InlineData("head\t推理\ntail\t上\n")]
    public void Should_Name_The_File_And_Line_Of_A_Bad_Line(string text)
    {
        var error = Assert.Throws<DigestInputException>(() => TaskFrames.Parse("task-frames.tsv", new StringReader(text)));

        Assert.StartsWith("task-frames.tsv:2: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_File_Without_Frames()
    {
        var error = Assert.Throws<DigestInputException>(() => TaskFrames.Parse("task-frames.tsv", new StringReader("head\t推理\n")));

        Assert.StartsWith("task-frames.tsv: ", error.Message, StringComparison.Ordinal);
    }
}
