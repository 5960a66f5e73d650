using Digest.Extractor.Model;
using Digest.Extractor.Stages.Resolution;

namespace Digest.Extractor.Tests.Stages.Resolution;

public sealed class SurnameReferencesTests
{
    private const string Kudo = "Taku Kudo与John Richardson提出了SentencePiece分词方法。Kudo基于Unigram LM的概率模型进一步提出了子词正则化(Subword Regularization)。";

    [Fact]
    public void Should_Take_A_Surname_After_The_Full_Name_For_That_Person()
    {
        var context = PipelineRun.RunUntil<MentionResolver>("分词漫谈", Kudo);

        var person = Assert.Single(context.Entities, e => e.Name == "Taku Kudo");
        Assert.Equal(EntityType.Author, person.Type);
        Assert.Contains("Kudo", person.Aliases);
        Assert.DoesNotContain(context.Entities, e => e.Name == "Kudo");
    }

    [Fact]
    public void Should_Credit_The_Person_A_Surname_Names_With_What_They_Proposed()
    {
        Assert.Contains("Taku Kudo -AUTHORED-> Subword Regularization", PipelineRun.Edges(PipelineRun.Extract("分词漫谈", Kudo)));
    }

    [Fact]
    public void Should_Leave_A_Surname_Two_People_Share_Apart()
    {
        var context = PipelineRun.RunUntil<MentionResolver>("T", "Yiming Yang与Jian Yang在《Some Paper on Search》中提出了FooNAS。Yang还指出了它的局限。");

        Assert.DoesNotContain(context.Entities, e => e.Type == EntityType.Author && e.Aliases.Contains("Yang"));
    }

    [Fact]
    public void Should_Not_Take_A_Word_Of_The_Text_For_A_Writer_Of_The_Opening_Author_List()
    {
        // A summary's own writers open it; Wan in its text is the video model.
        var context = PipelineRun.RunUntil<MentionResolver>("Argus: Identity Video Generation", "作者 Pengfei Wan, Xiao Li 摘要 提出Argus框架，基于Wan架构生成视频。");

        Assert.DoesNotContain(context.Entities, e => e.Name == "Pengfei Wan" && e.Aliases.Contains("Wan"));
    }
}
