using System.Globalization;
using System.Text;
using System.Text.Json;
using Digest.Extractor.Text;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Text;

public sealed class NfkcTests
{
    [Theory]
    [InlineData("ＲｏＰＥ", "RoPE")]
    [InlineData("ＧＰＴ－４", "GPT-4")]
    [InlineData("Scho\u0308lkopf", "Schölkopf")]
    [InlineData("\uFB01ne-tuning", "fine-tuning")]
    [InlineData("x²", "x2")]
    [InlineData("①", "1")]
    [InlineData("Ⅱ", "II")]
    [InlineData("a\u3000b", "a b")]
    [InlineData("RoPE：旋转位置编码", "RoPE:旋转位置编码")]
    [InlineData("\uF900", "\u8C48")]
    [InlineData("\u1112\u1161\u11AB", "한")]
    [InlineData("a\u0301\u0323", "\u1EA1\u0301")]
    [InlineData("\u0301a", "\u0301a")]
    [InlineData("\U0001D400", "A")]
    public void Should_Fold_What_The_Text_May_Spell_Two_Ways(string text, string expected) =>
        Assert.Equal(expected, Nfkc.Normalize(text));

    [Theory]
    [InlineData("Skip Tuning")]
    [InlineData("旋转位置编码")]
    [InlineData("Schölkopf")]
    [InlineData("")]
    public void Should_Return_Text_Already_In_Form_KC_As_It_Is(string text) =>
        Assert.Equal(text, Nfkc.Normalize(text));

    [Fact]
    public void Should_Not_Copy_Text_No_Context_Changes()
    {
        var text = "RoPE 旋转位置编码 Siyuan Guo";

        Assert.Same(text, Nfkc.Normalize(text));
    }

    [Fact]
    public void Should_Normalize_Every_Table_Entry_And_Random_Mixes_As_Python_Does()
    {
        // Each decomposing, combining and composing code point alone, each pair the tables compose, and random strings of
        // them among letters, Hangul and Chinese, so reordering and composition meet. Unicode keeps the normal forms of
        // assigned characters stable, so a newer Python than the one the tables came from gives the same answers.
        var points = TablePoints();
        var texts = points.Singles.Select(p => char.ConvertFromUtf32(p)).Concat(points.Pairs).ToList();
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            // Short mixes meet every pair; long ones, mostly of stable text, meet the stretches around the unstable characters.
            var text = new StringBuilder();
            var length = i % 2 == 0 ? random.Next(1, 7) : random.Next(8, 40);
            for (var k = 0; k < length; k++)
            {
                var pool = random.Next(i % 2 == 0 ? 2 : 5) == 0 ? points.Singles : Letters;
                text.Append(char.ConvertFromUtf32(pool[random.Next(pool.Length)]));
            }

            texts.Add(text.ToString());
        }

        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, JsonSerializer.Serialize(texts));
            var (exitCode, output, error) = PythonRunner.Run(
                "import json, sys, unicodedata\nprint(json.dumps([unicodedata.normalize('NFKC', t) for t in json.load(open(sys.argv[1], encoding='utf-8'))]))",
                input);
            Assert.True(exitCode == 0, error);
            var expected = JsonSerializer.Deserialize<List<string>>(output)!;

            var wrong = texts.Select((text, i) => (text, expected: expected[i], actual: Nfkc.Normalize(text)))
                .Where(t => t.expected != t.actual)
                .Select(t => $"{Escape(t.text)}: {Escape(t.actual)} instead of {Escape(t.expected)}")
                .ToList();
            Assert.True(wrong.Count == 0, $"{wrong.Count} of {texts.Count} differ, e.g.\n" + string.Join('\n', wrong.Take(20)));
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void Should_Keep_The_Form_Of_Every_Piece_Inside_The_Form_Of_The_Whole_Unless_Characters_Join()
    {
        var random = new Random(11);
        var checkedTexts = 0;
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => char.ConvertFromUtf32(Letters[random.Next(Letters.Length)])));
            if (Nfkc.MayJoinAcrossCharacters(text))
            {
                continue;
            }

            checkedTexts++;
            var whole = Nfkc.Normalize(text);
            for (var start = 0; start < text.Length; start++)
            {
                for (var end = start + 1; end <= text.Length; end++)
                {
                    if (!char.IsLowSurrogate(text[start]) && !char.IsHighSurrogate(text[end - 1]))
                    {
                        Assert.Contains(Nfkc.Normalize(text[start..end]), whole, StringComparison.Ordinal);
                    }
                }
            }
        }

        Assert.True(checkedTexts > 500, $"only {checkedTexts} texts without joining characters");
    }

    [Theory]
    [InlineData("e\u0301", true)]
    [InlineData("\u1100\u1161", true)]
    [InlineData("\u0B47\u0B3E", true)]
    [InlineData("é ﬁ ＲｏＰＥ 한 中文", false)]
    public void Should_Tell_Text_Where_Normalisation_Joins_A_Character_To_The_One_Before(string text, bool joins) =>
        Assert.Equal(joins, Nfkc.MayJoinAcrossCharacters(text));

    /// <summary>Letters, Hangul, Chinese, full-width forms, ligatures and accents, composed and not.</summary>
    private static readonly int[] Letters =
        ['a', 'e', 'o', 'A', 'u', ' ', '-', 0x4E2D, 0x6587, 0xFF0C, 0xFF32, 0xFB01, 0x00E9, 0x1E55, 0xAC00, 0xD55C, 0x1100, 0x1161, 0x11A8, 0x0300, 0x0301, 0x0323, 0x0327, 0x0B47, 0x0B3E, 0x1D400];

    /// <summary>The code points of every line of the shipped tables, and each composing pair as a string.</summary>
    private static (int[] Singles, List<string> Pairs) TablePoints()
    {
        var singles = new List<int>();
        var pairs = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "src", "Extractor", "Data", "unicode-nfkc.txt")))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split(' ');
            var first = int.Parse(fields[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            singles.Add(first);
            if (fields[0] == "p")
            {
                pairs.Add(char.ConvertFromUtf32(first) + char.ConvertFromUtf32(int.Parse(fields[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }
        }

        return (singles.ToArray(), pairs);
    }

    private static string Escape(string text) => string.Join(' ', text.EnumerateRunes().Select(r => r.Value.ToString("X4", CultureInfo.InvariantCulture)));
}
