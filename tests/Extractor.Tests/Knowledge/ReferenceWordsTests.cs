using Digest.Extractor.Knowledge;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Tests.Knowledge;

public sealed class ReferenceWordsTests
{
    private static readonly ReferenceWords Words = ReferenceWords.Parse(
        "references.tsv", new StringReader("# a comment\nself\t本文\nanaphor\t该方法\nprior\t现有\nprior\t传统\n"));

    [Theory]
    [InlineData("现有方法存在局限性：基于Transformer的方法因自注意力二次复杂度导致可扩展性差；")]
    [InlineData("传统基于OFDM的ISAC系统在多目标场景中存在两个根本性局限。")]
    [InlineData("然而，现有基于LLM的方法响应慢。")]
    [InlineData("2) 现有基准忽视了长程依赖。")]
    [InlineData("（1）现有基准忽视了长程依赖。")]
    public void Should_Tell_A_Sentence_About_Existing_Work(string sentence)
    {
        Assert.True(Words.OpensPriorWork(sentence));
    }

    [Theory]
    [InlineData("本文提出HGFNet，克服了现有方法的局限。")]
    [InlineData("基于Transformer的编码器提取光谱特征。")]
    [InlineData("实验表明，现有LLM在课程认知任务上表现不佳，而基于知识图谱的监督微调显著优于传统指令微调语料。")]
    [InlineData("与现有方法相比，该方法更快。")]
    public void Should_Not_Tell_Existing_Work_From_A_Word_That_Does_Not_Open_The_Sentence(string sentence)
    {
        Assert.False(Words.OpensPriorWork(sentence));
    }

    [Theory]
    [InlineData("本文提出一种框架，通过VAE生成网格。", true)]
    [InlineData("2) 该方法在DyMesh上取得优异性能。", true)]
    [InlineData("HGFNet通过VAE生成网格。", false)]
    [InlineData("实验表明，本文方法更快。", false)]
    public void Should_Tell_A_Sentence_That_Opens_With_The_Article_Itself(string sentence, bool expected)
    {
        Assert.Equal(expected, Words.OpensWithSelf(sentence));
    }

    [Fact]
    public void Should_Read_Each_Kind_Longest_First()
    {
        var words = ReferenceWords.Parse("references.tsv", new StringReader("self\t本\nself\t本文\nprior\t现\nprior\t现有\n"));

        Assert.Equal(["本文", "本"], words.Self);
        Assert.Empty(words.Originals);
        Assert.Equal(["现有", "现"], words.PriorWork);
        Assert.True(words.IsSelf("本文"));
        Assert.False(words.IsSelf("现有"));
    }

    [Theory]
    [InlineData("提出基于LLM的HPC日志解析框架，通过领域适配和指令微调实现高效日志挖掘", true)]
    [InlineData("2) 设计分层元控制器，基于全局上下文生成修正信号", true)]
    [InlineData("HPC日志解析需要领域知识", false)]
    public void Should_Tell_A_Sentence_That_Opens_With_A_Verb_Whose_Dropped_Subject_Is_The_Article(string sentence, bool expected)
    {
        var words = ReferenceWords.Parse("references.tsv", new StringReader("self\t本文\nopener\t提出\nopener\t设计\n"));

        Assert.Equal(expected, words.OpensWithSelf(sentence));
    }

    [Fact]
    public void Should_Read_The_Modifiers_That_Name_An_Original()
    {
        var words = ReferenceWords.Parse("references.tsv", new StringReader("original\t标准\noriginal\tvanilla\n"));

        Assert.Equal(["标准", "vanilla"], words.Originals);
        Assert.True(words.NamesTheOriginal("基于标准"));
        Assert.True(words.NamesTheOriginal("Vanilla"));
        Assert.False(words.NamesTheOriginal("标准化"));
    }

    [Fact]
    public void Should_Read_The_Words_For_A_Retold_Work_Longest_First()
    {
        var words = ReferenceWords.Parse("references.tsv", new StringReader("retold\t研究\nretold\t研究工作\n"));

        Assert.Equal(["研究工作", "研究"], words.Retold);
        Assert.True(words.OpensWithRetoldWork("研究工作,详细内容请参考原文链接"));
        Assert.False(words.OpensWithRetoldWork("实验，并在多个模型上评估"));
    }

    [Fact]
    public void Should_Take_A_Year_Before_的_As_Naming_The_Original()
    {
        var words = ReferenceWords.Parse("references.tsv", new StringReader("original\t标准\n"));

        Assert.True(words.NamesTheOriginal("是2021年"));
        Assert.False(words.NamesTheOriginal("多年"));
    }

    [Fact]
    public void Should_Read_The_Class_Words_Longest_First()
    {
        var words = ReferenceWords.Parse("references.tsv", new StringReader("class\t模型\nclass\t智能体\n"));

        Assert.Equal(["智能体", "模型"], words.Classes);
    }

    [Fact]
    public void Should_Name_The_File_And_Line_Of_An_Unknown_Kind()
    {
        var error = Assert.Throws<DigestInputException>(() => ReferenceWords.Parse("references.tsv", new StringReader("self\t本文\nearlier\t现有\n")));

        Assert.Contains("references.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("2", error.Message, StringComparison.Ordinal);
        Assert.Contains("prior", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("基于LLM的多智能体系统需要编排，但训练编排器成本高昂。", true)]
    [InlineData("基于LLM的语义进化方法为程序合成提供了一种可行方案。", false)]
    public void Should_Tell_A_Sentence_That_Speaks_Of_Limits(string sentence, bool expected)
    {
        var words = ReferenceWords.Parse("references.tsv", new StringReader("limit\t但\nlimit\t面临\n"));

        Assert.Equal(expected, words.SpeaksOfLimits(sentence));
    }
}
