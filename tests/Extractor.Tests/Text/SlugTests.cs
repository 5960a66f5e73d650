using System.Text;
using Digest.Extractor.Reading;
using Digest.Extractor.Text;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Text;

public sealed class SlugTests
{
    /// <summary>The rule as SCHEMA.md words it, written the slow way (NFKC as NfkcTests checks it against Python): NFKC, lower case, letters and digits kept, other runs one hyphen, none at the ends.</summary>
    private static string Reference(string text)
    {
        var runs = new List<string>();
        var run = new StringBuilder();
        foreach (var rune in Nfkc.Normalize(text).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                run.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (run.Length > 0)
            {
                runs.Add(run.ToString());
                run.Clear();
            }
        }

        if (run.Length > 0)
        {
            runs.Add(run.ToString());
        }

        return runs.Count == 0 ? "_" : string.Join('-', runs);
    }

    [Theory]
    [InlineData("RoPE", "rope")]
    [InlineData("Siyuan Guo", "siyuan-guo")]
    [InlineData("  -- Mamba-2 (SSD) --  ", "mamba-2-ssd")]
    [InlineData("RoPE：旋转位置编码", "rope-旋转位置编码")]
    [InlineData("𐐀𐐁 text", "𐐨𐐩-text")]
    [InlineData("…", "_")]
    [InlineData("", "_")]
    public void Should_Slug_A_Name_As_The_Schema_Says(string name, string slug) => Assert.Equal(slug, Slug.Of(name));

    [Fact]
    public void Should_Slug_Every_Shared_Title_As_The_Rule_Written_Out_Does()
    {
        var titles = new DigestReader().Read([RepoPaths.SampleDigest]).Articles
            .Concat(new DigestReader().Read([RepoPaths.Corpus]).Articles.Take(2000))
            .Select(a => a.Title)
            .ToList();

        Assert.All(titles, title => Assert.Equal(Reference(title), Slug.Of(title)));
    }

    [Fact]
    public void Should_Slug_A_Name_Too_Long_For_The_Stack_Buffer_As_A_Short_One()
    {
        var sample = new DigestReader().Read([RepoPaths.SampleDigest]).Articles[0];
        var longName = string.Join(" / ", Enumerable.Repeat(sample.Title, 12));

        Assert.True(longName.Length > 256);
        Assert.Equal(Reference(longName), Slug.Of(longName));
    }
}
