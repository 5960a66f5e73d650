using System.Buffers;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// Tells a name that heads a noun phrase narrowed by a modifier ending in 的 and stands there for something else than its
/// entity, so that what the clause says of the phrase is not said of the entity:
/// <list type="bullet">
/// <item>a settled technique (<c>基于SDE的GRPO</c>, <c>FiLM协调的双分支Transformer</c>, <c>基于Transformer的U-Net变体</c>):
/// the phrase names the article's variant of it;</item>
/// <item>any name after an indefinite article, with a noun after it (<c>一种基于超维计算（HDC）的FPGA加速器</c>): the name says
/// what kind the thing is (<c>一种基于回归的深度学习算法CellNet</c>, the name ending the phrase, names the thing);</item>
/// <item>any name in a sentence about existing work (<c>现有基于LLM的CAD生成方法</c>): the phrase names a family of it.</item>
/// </list>
/// A modifier that names the original (<c>标准的Transformer</c>) keeps the technique itself; a new name
/// (<c>基于扩散的HGFNet</c>) and a model (<c>基于MoE的Gemini</c>) are no variants, and the article's own contribution never is.
/// </summary>
/// <param name="techniques">The settled techniques.</param>
/// <param name="references">The modifiers that, before 的, name a technique as first made (<see cref="ReferenceWords.NamesTheOriginal"/>), and
/// the object words (<see cref="ReferenceWords.Objects"/>): after one, the name is an object, not a phrase's head (<c>的方法采用Transformer</c>).</param>
/// <param name="heads">The type heads: a name followed by one alone is still the thing's name (<c>mHC Mamba模型</c>).</param>
internal sealed class VariantHeads(KnownTechniques techniques, ReferenceWords references, TypeHeads heads)
{
    /// <summary>The most characters of the noun after a name that says what kind the thing is (<c>实例预测架构</c>).</summary>
    private const int MaxKindNoun = 8;

    /// <summary>The most characters of the modifier between 的 and the name (<c>的解码器中心Transformer</c>).</summary>
    private const int MaxModifierTail = 6;

    /// <summary>Copulas and conjunctions: between 的 and the name they end one phrase and start another (<c>U-Net的核心是Skip Connection</c>).</summary>
    private const string ClauseWords = "是为即有和与及或把被将由";

    /// <summary>Where a clause ends (a marked sentence holds one sentence, so no full stop but at its end).</summary>
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(RelationTemplateTable.ClauseBreaks);

    /// <summary>Indefinite articles with their measure words: a phrase they open describes one thing of a kind.</summary>
    private static readonly string[] Indefinites = ["一种", "一个", "一款", "一套", "一类"];

    /// <summary>Whether the marker at a position names a variant of its entity, or a family of existing work, not the entity.</summary>
    /// <param name="context">The article: its own contributions are never variants.</param>
    /// <param name="marked">The marked sentence.</param>
    /// <param name="at">The position of a marker.</param>
    /// <param name="priorWork">Whether the sentence is about existing work.</param>
    public bool Holds(ArticleContext context, MarkedSentence marked, int at, bool priorWork)
    {
        var entity = marked.EntityOf(marked.Text[at]);
        return NarrowedByModifier(marked.Text, at) is { } modifierEnd
            && entity.Key != context.MainEntityKey && !context.Contributions.Contains(entity.Key)
            && (priorWork || techniques.Holds(entity) || (OpensWithIndefinite(marked.Text, modifierEnd) && KindNounFollows(marked.Text, at)));
    }

    /// <summary>
    /// Whether a noun follows the name in the same phrase, more than a bare type head: then the name says what kind the
    /// thing is (<c>FPGA加速器</c>, <c>UI控件检测方法</c>); a name that ends the phrase, or takes only its type head
    /// (<c>算法CellNet，</c>, <c>mHC Mamba模型</c>), is the thing's own name.
    /// </summary>
    private bool KindNounFollows(string text, int at)
    {
        var end = at + 1;
        while (end < text.Length && end - at <= MaxKindNoun && CharSets.IsChinese(text[end]))
        {
            end++;
        }

        return end > at + 1 && heads.Exactly(text[(at + 1)..end]) is null;
    }

    /// <summary>
    /// Whether the clause before the modifier holds an indefinite article (<c>一种</c>, <c>一个</c>): the phrase then
    /// describes something unnamed by its kind (<c>ImageHD，一种基于超维计算（HDC）的FPGA加速器</c>: FPGA is the kind).
    /// </summary>
    private static bool OpensWithIndefinite(string text, int modifierEnd)
    {
        var clauseStart = text.AsSpan(0, modifierEnd).LastIndexOfAny(ClauseBreaks) + 1;
        var clause = text.AsSpan(clauseStart, modifierEnd - clauseStart);
        foreach (var indefinite in Indefinites)
        {
            if (clause.Contains(indefinite, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the 的 that ends a modifier right before the position stands, after a short tail of nouns (<c>的概率</c>), unless the modifier names the original.</summary>
    private int? NarrowedByModifier(string text, int at)
    {
        var tailLength = 0;
        var i = at - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        while (i >= 0 && text[i] != '的' && tailLength < MaxModifierTail && CharSets.IsChinese(text[i]))
        {
            i--;
            tailLength++;
        }

        if (i < 0 || text[i] != '的')
        {
            return null;
        }

        var tail = text.AsSpan(i + 1, at - i - 1);
        if (tail.ContainsAny(ClauseWords))
        {
            return null;
        }

        foreach (var word in references.Objects)
        {
            if (tail.Contains(word, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return references.NamesTheOriginal(text.AsSpan(0, i).TrimEnd(' ')) ? null : i;
    }
}
