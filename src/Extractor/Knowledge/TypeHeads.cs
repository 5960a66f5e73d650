using Digest.Extractor.Model;
using Digest.Extractor.Reading;
using Digest.Extractor.Text;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Head words that say what a name is (数据集 → Dataset, 代理 → Model), read from
/// <c>type-heads.tsv</c>: <c>head &lt;TAB&gt; type</c>.
/// </summary>
public sealed class TypeHeads
{
    /// <summary>How far after a name a Chinese head may stand (<c>DYNAP-SE神经形态处理器</c>).</summary>
    private const int MaxDistance = 6;

    /// <summary>Characters that end the noun phrase after a name: a head beyond them is about something else.</summary>
    private const string PhraseBreaks = "的了是在和与及或为将对从把被由等个种这些其该即如中上下通过使用";

    /// <summary>What ends the name's clause or sentence: a head after it is another clause's (<c>提出FooNet。评测基准包括…</c>).</summary>
    private const string ClauseEnds = "。，,；;！？!?";

    /// <summary>
    /// Breaks that still lead to the name's own head when they follow it directly: a name joined to more names sharing
    /// the head (<c>RefCOCO等数据集</c>, <c>视觉问答和图像描述任务</c>), or given by 名为 (<c>名为NTKEval的方法</c>).
    /// </summary>
    private const string BreaksBeforeOwnHead = "的和与及或等";

    private readonly (string Head, EntityType Type)[] _heads;

    /// <summary>The heads by their first character, in <see cref="_heads"/> order.</summary>
    private readonly Dictionary<char, (string Head, EntityType Type)[]> _byFirst;

    /// <summary>The heads that do not start with a Chinese character (<c>benchmark</c>), in <see cref="_heads"/> order, with their first character in upper case.</summary>
    private readonly (string Head, EntityType Type, char First)[] _otherHeads;

    /// <summary>Words in which a break character does not end the phrase (<c>X对话数据集</c>: 对 of 对话).</summary>
    private readonly TermWords _words;

    private TypeHeads((string Head, EntityType Type)[] heads, TermWords words)
    {
        _heads = heads;
        _words = words;
        _byFirst = heads.GroupBy(h => h.Head[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _otherHeads = heads.Where(h => !CharSets.IsChinese(h.Head[0])).Select(h => (h.Head, h.Type, char.ToUpperInvariant(h.Head[0]))).ToArray();
    }

    /// <summary>The type of the head word that follows <paramref name="start"/>, if one does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The offset right after a name.</param>
    public EntityType? After(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ')' or '）' or '”' or '"' or '’'))
        {
            i++;
        }

        // After 的 only a head right behind it is the name's own (名为NTKEval的方法); one further on is the head of a phrase the
        // name describes (NASA的航天器数据集MSL: NASA is no dataset).
        var reach = i < text.Length && text[i] == '的' ? 1 : MaxDistance;
        for (var distance = 0; distance <= reach && i + distance < text.Length; distance++)
        {
            var at = i + distance;
            var c = text[at];
            // A break right after the name ends the phrase too (in XGBoost在二分类任务中 the 任务 is not XGBoost's head),
            // unless it can lead to the name's own head.
            if ((distance > 0 && !CharSets.IsChinese(c))
                || ClauseEnds.Contains(c)
                || (PhraseBreaks.Contains(c) && (distance > 0 || !BreaksBeforeOwnHead.Contains(c)) && !_words.Covers(text, at)))
            {
                break;
            }

            // A Chinese character can only start a head that starts with it (it has no case to ignore).
            if (CharSets.IsChinese(c))
            {
                if (HeadAt(text, at) is { } found)
                {
                    return found;
                }

                continue;
            }

            // Here c is not Chinese, so a head starting with a Chinese character cannot match, and an
            // exact match is a case-insensitive one: the first other head that matches ignoring case wins.
            if (distance == 0 && OtherHeadAt(text, at) is { } other)
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>The type of the first head not starting with a Chinese character (in order) written at <paramref name="at"/>, ignoring case.</summary>
    private EntityType? OtherHeadAt(string text, int at)
    {
        var first = char.ToUpperInvariant(text[at]);
        foreach (var (head, type, headFirst) in _otherHeads)
        {
            if (headFirst == first && at + head.Length <= text.Length
                && string.Compare(text, at, head, 0, head.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The type of the first head (in order) written exactly at <paramref name="at"/>.</summary>
    private EntityType? HeadAt(string text, int at)
    {
        if (_byFirst.TryGetValue(text[at], out var heads))
        {
            foreach (var (head, type) in heads)
            {
                if (string.CompareOrdinal(text, at, head, 0, head.Length) == 0)
                {
                    return type;
                }
            }
        }

        return null;
    }

    /// <summary>The type of the head word that is exactly this word, ignoring case (<c>Benchmark</c>), if one is.</summary>
    /// <param name="word">A word.</param>
    public EntityType? Exactly(string word) => At(word, 0) is { } head && head.Length == word.Length ? head.Type : null;

    /// <summary>The type and length of the head word that starts exactly at <paramref name="start"/>, if one does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the head would start.</param>
    public (EntityType Type, int Length)? At(string text, int start)
    {
        foreach (var (head, type) in _heads)
        {
            if (start + head.Length <= text.Length && string.Compare(text, start, head, 0, head.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return (type, head.Length);
            }
        }

        return null;
    }

    /// <summary>Parses head TSV.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <param name="words">Words in which a break character does not end the phrase after a name (<c>term-words.txt</c>).</param>
    /// <exception cref="DigestInputException">A malformed line.</exception>
    public static TypeHeads Parse(string source, TextReader reader, TermWords? words = null)
    {
        var heads = new List<(string, EntityType)>();
        foreach (var (number, line) in DataLines.Read(reader))
        {
            var fields = line.Split('\t');
            if (fields.Length != 2 || fields[0].Length == 0 || !SchemaNames.TryParseEntityType(fields[1], out var type))
            {
                throw new DigestInputException(source, number, "expected: head<TAB>entity type");
            }

            heads.Add((fields[0], type));
        }

        return new TypeHeads(heads.OrderByDescending(h => h.Item1.Length).ToArray(), words ?? TermWords.Empty);
    }

}
