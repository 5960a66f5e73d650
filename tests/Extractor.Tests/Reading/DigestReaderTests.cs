using System.Text;
using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Reading;

public sealed class DigestReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("digest-reader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Should_Split_The_Shared_Sample_Into_Its_Ten_Halved_Titles()
    {
        var result = new DigestReader().Read([RepoPaths.SampleDigest]);

        Assert.Equal(10, result.Articles.Count);
        Assert.Equal("生成扩散模型漫谈(二十四):少走捷径,更快到达", result.Articles[0].Title);
        Assert.Contains(result.Articles, a => a.Title == "探索 ReRoPE:一种崭新的位置编码方法");
        Assert.All(result.Articles, a => Assert.Equal("AI", a.Category));
        Assert.All(result.Articles, a => Assert.Equal("digest-sample.txt", a.Source));
        Assert.All(result.Articles, a => Assert.False(string.IsNullOrWhiteSpace(a.Body)));
        Assert.Equal(result.Articles.Count, result.Articles.Select(a => a.Id).Distinct().Count());
        Assert.True(result.Articles[0].IsTruncated);
        Assert.False(result.Articles[0].Body.EndsWith("[...]", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Read_A_Doubled_Title_With_The_Body_On_The_Next_Line()
    {
        var path = WriteFile("d.txt", "Category: AI\n\nS4 PaperS4 Paper\n作者 Albert Gu 摘要 提出S4。\n\nHiPPO：记忆HiPPO：记忆\n正文。[...]\n");

        var articles = new DigestReader().Read([path]).Articles;

        Assert.Equal(["S4 Paper", "HiPPO：记忆"], articles.Select(a => a.Title));
        Assert.Equal("作者 Albert Gu 摘要 提出S4。", articles[0].Body);
        Assert.Equal(3, articles[0].Line);
        Assert.True(articles[1].IsTruncated);
        Assert.Equal("正文。", articles[1].Body);
        Assert.Equal("article:s4-paper", articles[0].Id);
    }

    [Fact]
    public void Should_Give_Title_Lines_And_Bodies_As_Before_When_The_File_Has_Crlf_Line_Ends()
    {
        var path = WriteFile("d.txt", "Category: AI\r\n\r\nS4 PaperS4 Paper\r\n作者 Albert Gu\r\n  摘要 提出S4。 \r\n\r\nHiPPO：记忆HiPPO：记忆\r\n正文。[...]\r\n");

        var articles = new DigestReader().Read([path]).Articles;

        Assert.Equal([3, 7], articles.Select(a => a.Line));
        Assert.Equal("作者 Albert Gu\n摘要 提出S4。", articles[0].Body);
        Assert.Equal("正文。", articles[1].Body);
        Assert.Equal("AI", articles[0].Category);
    }

    [Fact]
    public void Should_Accept_A_Full_Width_Category_Colon()
    {
        var path = WriteFile("d.txt", "Category：机器学习\nAbAb\nbody\n");

        var article = Assert.Single(new DigestReader().Read([path]).Articles);

        Assert.Equal("机器学习", article.Category);
    }

    [Fact]
    public void Should_Read_Markdown_Headings_As_Articles()
    {
        var path = WriteFile("d.md", "# 第一篇\n正文一。\n\n更多。\n# 第二篇\n正文二。\n");

        var articles = new DigestReader().Read([path]).Articles;

        Assert.Equal(["第一篇", "第二篇"], articles.Select(a => a.Title));
        Assert.Equal("正文一。\n更多。", articles[0].Body);
        Assert.Null(articles[0].Category);
    }

    [Fact]
    public void Should_Read_A_Single_Article_Text_File()
    {
        var path = WriteFile("one.txt", "RoPE 简介\n\nRoPE 是一种位置编码。\n");

        var article = Assert.Single(new DigestReader().Read([path]).Articles);

        Assert.Equal("RoPE 简介", article.Title);
        Assert.Equal("RoPE 是一种位置编码。", article.Body);
    }

    [Fact]
    public void Should_Warn_And_Skip_A_Title_Without_Body()
    {
        var path = WriteFile("d.txt", "空标题空标题\n\n有正文有正文\n正文。\n");

        var result = new DigestReader().Read([path]);

        Assert.Equal("有正文", Assert.Single(result.Articles).Title);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(1, warning.Line);
        Assert.Contains("空标题", warning.Message);
    }

    [Fact]
    public void Should_Read_Every_Text_And_Markdown_File_Of_A_Folder_In_Name_Order()
    {
        WriteFile("b.md", "# B\nbody b\n");
        WriteFile("a.txt", "A titleA title\nbody a\n");
        WriteFile("ignored.json", "{}");

        var result = new DigestReader().Read([_dir]);

        Assert.Equal(["A title", "B"], result.Articles.Select(a => a.Title));
        Assert.Equal(2, result.Files.Count);
    }

    [Fact]
    public void Should_Give_Colliding_Titles_Distinct_Ids()
    {
        var path = WriteFile("d.txt", "Same TitleSame Title\none\n\nSame TitleSame Title\ntwo\n");

        var ids = new DigestReader().Read([path]).Articles.Select(a => a.Id).ToList();

        Assert.Equal(["article:same-title", "article:same-title-2"], ids);
    }

    [Fact]
    public void Should_Name_A_Missing_Path()
    {
        var missing = Path.Combine(_dir, "nope.txt");

        var error = Assert.Throws<DigestInputException>(() => new DigestReader().Read([missing]));

        Assert.Equal(missing, error.Path);
        Assert.Contains("no such file", error.Message);
    }

    [Fact]
    public void Should_Reject_A_Folder_With_Nothing_Readable()
    {
        WriteFile("x.json", "{}");

        var error = Assert.Throws<DigestInputException>(() => new DigestReader().Read([_dir]));

        Assert.Contains("no .txt or .md", error.Message);
    }

    [Fact]
    public void Should_Name_The_Line_Of_Bytes_That_Are_Not_Utf8()
    {
        var path = Path.Combine(_dir, "latin1.txt");
        File.WriteAllBytes(path, [.. "TitleTitle\nok\n"u8, 0xE9, 0x74, 0xE9, (byte)'\n']);

        var error = Assert.Throws<DigestInputException>(() => new DigestReader().Read([path]));

        Assert.Equal(3, error.Line);
        Assert.Contains("not UTF-8", error.Message);
        Assert.StartsWith(path + ":3:", error.Message);
    }

    [Fact]
    public void Should_Reject_A_Binary_File()
    {
        var path = Path.Combine(_dir, "bin.txt");
        File.WriteAllBytes(path, [0x41, 0x00, 0x42]);

        var error = Assert.Throws<DigestInputException>(() => new DigestReader().Read([path]));

        Assert.Equal(1, error.Line);
    }
}
