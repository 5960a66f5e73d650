using Digest.Extractor.Caching;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Text;

namespace Digest.Extractor.Tests.Caching;

public sealed class LexiconSnapshotTests
{
    private const string Shipped = "RoPE\tMethod\tRotary Position Embedding|旋转位置编码\nNTK\tConcept\tNeural Tangent Kernel|神经切线核\n";

    private static LexiconSnapshot Snapshot(params string[] files) =>
        LexiconSnapshot.Of(Lexicon.From(files.SelectMany((text, i) => Lexicon.Parse($"file{i}.tsv", new StringReader(text)))));

    private static LexiconChange Change(string[] before, string[] after) => LexiconSnapshot.Between(Snapshot(before), Snapshot(after));

    [Fact]
    public void Should_Find_No_Change_Between_Equal_Lexicons_Read_Apart()
    {
        var change = Change([Shipped], [Shipped]);

        Assert.Equal(0, change.Count);
        Assert.False(change.ReachesEveryArticle);
    }

    [Fact]
    public void Should_Count_Every_Name_Key_Of_An_Added_Entry()
    {
        Assert.Equal(3, Change([Shipped], [Shipped, "Chain-of-Thought\tMethod\tCoT|思维链\n"]).Count);
    }

    [Fact]
    public void Should_Count_The_Old_And_New_Names_Of_An_Entry_That_Lost_An_Alias_Or_Changed_Type()
    {
        Assert.Equal(3, Change([Shipped], ["RoPE\tMethod\tRotary Position Embedding\nNTK\tConcept\tNeural Tangent Kernel|神经切线核\n"]).Count);
        Assert.Equal(3, Change([Shipped], [Shipped, "RoPE\tConcept\tRotary Position Embedding|旋转位置编码\n"]).Count);
    }

    [Fact]
    public void Should_Count_Both_Entries_When_A_User_Entry_Takes_Over_One_Name_Of_A_Shipped_Entry()
    {
        // 神经切线核 now finds the user's entry; NTK and its long form still find the shipped one, whose names all count.
        Assert.Equal(4, Change([Shipped], [Shipped, "神经切线核\tConcept\tNTK kernel\n"]).Count);
    }

    [Fact]
    public void Should_Reach_Every_Article_When_A_Changed_Entry_Has_A_Name_Of_Punctuation_Only()
    {
        Assert.True(Change([Shipped], [Shipped, "Arrow\tConcept\t->\n"]).ReachesEveryArticle);
    }

    [Fact]
    public void Should_Count_What_A_Plain_Comparison_Of_Every_Key_Finds_On_Random_Lexicons()
    {
        var random = new Random(7);
        string[] names = ["RoPE", "旋转位置编码", "NTK", "Neural Tangent Kernel", "神经切线核", "CoT", "Chain of Thought", "思维链", "LoRA", "Low-Rank Adaptation", "MoE", "专家混合"];
        string[] types = ["Method", "Concept", "Model"];
        string RandomFile() => string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ =>
            $"{names[random.Next(names.Length)]}\t{types[random.Next(types.Length)]}\t{string.Join('|', names.Where(_ => random.Next(5) == 0))}\n"));

        for (var round = 0; round < 300; round++)
        {
            string[] before = [RandomFile(), RandomFile()];
            string[] after = random.Next(3) == 0 ? before : [before[0], RandomFile()];
            var (old, @new) = (Map(before), Map(after));
            var changedEntries = old.Keys.Union(@new.Keys)
                .Where(k => !Equals(old.GetValueOrDefault(k), @new.GetValueOrDefault(k)))
                .SelectMany(k => new[] { old.GetValueOrDefault(k), @new.GetValueOrDefault(k) })
                .OfType<LexiconEntry>();
            var expected = changedEntries.SelectMany(e => e.AllNames).Select(NameKey.Of).Where(k => k.Length > 0).Distinct().Count();

            Assert.Equal(expected, Change(before, after).Count);
        }
    }

    [Fact]
    public void Should_Read_Back_What_It_Wrote_And_Refuse_Keys_Out_Of_Order_Or_A_Missing_Entry()
    {
        var snapshot = Snapshot(Shipped, "Chain-of-Thought\tMethod\tCoT|思维链\n");
        var reader = new PayloadReader(snapshot.ToBytes());

        var read = LexiconSnapshot.Read(ref reader);

        Assert.True(reader.AtEnd);
        Assert.Equal(0, LexiconSnapshot.Between(snapshot, read).Count);
        Assert.Equal(snapshot.Fingerprint, read.Fingerprint);
        Assert.Equal(1, LexiconSnapshot.Between(LexiconSnapshot.Of(Lexicon.Empty), ReadKeys(("ntk", 0), ("rope", 0))).Count);
        Assert.Throws<InvalidDataException>(() => ReadKeys(("rope", 0), ("ntk", 0)));
        Assert.Throws<InvalidDataException>(() => ReadKeys(("ntk", 0), ("rope", 1)));
    }

    /// <summary>Reads a snapshot of one entry (RoPE) with the given keys and entry numbers.</summary>
    private static LexiconSnapshot ReadKeys(params (string Key, int Entry)[] keys)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes))
        {
            writer.Write7BitEncodedInt(1);
            writer.Write("RoPE");
            writer.Write((byte)Digest.Extractor.Model.EntityType.Method);
            writer.Write7BitEncodedInt(0);
            writer.Write7BitEncodedInt(keys.Length);
            foreach (var (key, entry) in keys)
            {
                writer.Write(key);
                writer.Write7BitEncodedInt(entry);
            }
        }

        var reader = new PayloadReader(bytes.ToArray());
        return LexiconSnapshot.Read(ref reader);
    }

    /// <summary>Name key to entry, as the lexicon's lookups see it, written out plainly.</summary>
    private static Dictionary<string, LexiconEntry> Map(string[] files)
    {
        var map = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var entry in files.SelectMany((text, i) => Lexicon.Parse($"file{i}.tsv", new StringReader(text))))
        {
            foreach (var key in entry.AllNames.Select(NameKey.Of).Where(k => k.Length > 0))
            {
                map[key] = entry;
            }
        }

        return map;
    }
}
