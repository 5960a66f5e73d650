using Digest.Extractor.Knowledge;
using Digest.Extractor.Text;

namespace Digest.Extractor.Tests.Knowledge;

public sealed class LexiconTests
{
    [Fact]
    public void Should_Let_A_Later_Entry_Win_On_A_Shared_Name()
    {
        var entries = Lexicon.Parse("lexicon.tsv", new StringReader("PTQ\tConcept\t训练后量化\n训练后量化\tMethod\tPTQ\n"));

        Assert.True(Lexicon.From(entries).TryFind("PTQ", out var entry));
        Assert.Equal("训练后量化", entry.Name);
    }

    /// <summary>
    /// Within the curated lexicon a later line silently takes a name from an earlier one (as a user's file does on purpose), so
    /// two lines claiming one name are a slip: the name gets the later line's type (训练后量化 a Method though PTQ, its
    /// Concept, lists it).
    /// </summary>
    [Fact]
    public void Should_Give_Each_Name_Of_The_Curated_Lexicon_To_One_Entry()
    {
        var entries = Lexicon.Parse("lexicon.tsv", EmbeddedData.Open("lexicon.tsv"));
        var claims = entries
            .SelectMany(entry => entry.AllNames.Select(name => (Key: NameKey.Of(name), entry.Name)))
            .Distinct()
            .GroupBy(claim => claim.Key)
            .Where(group => group.Count() > 1)
            .Select(group => string.Join(" / ", group.Select(claim => claim.Name)));

        Assert.Empty(claims);
    }
}
