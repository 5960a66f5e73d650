using System.Buffers;
using System.Text.RegularExpressions;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// What may come between a clause start and a dropped-subject form: an optional stage of the work (实验中, 训练时: what the
/// experiments use, the work uses; a bare 训练 or 评估 is a verb, 训练基于FLUX的…模型), an optional connective, then an optional
/// adverb. Kept as word lists so that both the pattern and <see cref="LongestAt"/> come from them: a template's cue can
/// only be as far from a clause start as the lead that opens that clause allows, which is usually nothing.
/// </summary>
internal static class DroppedSubjectLead
{
    private static readonly string[] Experiment = ["实验"];
    private static readonly string[] ExperimentParts = ["过程中", "部分", "方面", "中", "上"];
    private static readonly string[] Processes = ["训练", "推理", "评测", "评估", "微调", "预训练"];
    private static readonly string[] ProcessParts = ["过程中", "阶段", "部分", "方面", "中", "时"];
    private static readonly string[] Commas = ["，", ","];

    private static readonly string[] Connectives =
        ["基于此", "据此", "为此", "因此", "由此", "并且", "并", "而且", "而", "同时", "还", "也", "从而", "进而", "然后", "再", "且", "例如", "比如"];

    private static readonly string[] Adverbs =
    [
        "显著", "明显", "大幅", "逐步", "一步步", "略", "稍", "远", "甚至", "仍然", "依然", "仍", "有效地", "有效", "进一步", "成功地", "成功", "可以", "能够", "均",
        "始终", "仅仅", "仅", "只", "直接", "主要", "首先", "首次", "同样", "分别", "随后", "最后", "本质上", "实际上", "其实", "额外",
        "专门", "天然", "通常", "广泛",
    ];

    /// <summary>The characters a lead can start with: a clause starting otherwise has none.</summary>
    private static readonly SearchValues<char> FirstCharacters =
        SearchValues.Create([.. Experiment.Concat(Processes).Concat(Connectives).Concat(Adverbs).Select(w => w[0]).Distinct()]);

    /// <summary>The lead as a regular expression; each word list is an alternation in the order above, so it matches as the lists read.</summary>
    public static string Pattern { get; } =
        $"(?:{Words(Experiment)}{Words(ExperimentParts)}?{Words(Commas)}?|{Words(Processes)}{Words(ProcessParts)}{Words(Commas)}?)?{Words(Connectives)}?{Words(Adverbs)}?";

    /// <summary>The most characters a lead can take at the start of the text, over every way of reading it (0 when none opens it).</summary>
    /// <param name="text">The text from the clause start, after its spaces.</param>
    public static int LongestAt(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !FirstCharacters.Contains(text[0]))
        {
            return 0;
        }

        // Each set bit is a length of text the lead can have taken so far.
        const uint Empty = 1;
        var experiment = Then(text, Then(text, Then(text, Empty, Experiment), ExperimentParts, optional: true), Commas, optional: true);
        var process = Then(text, Then(text, Then(text, Empty, Processes), ProcessParts), Commas, optional: true);
        var ends = Then(text, Then(text, Empty | experiment | process, Connectives, optional: true), Adverbs, optional: true);
        return 31 - System.Numerics.BitOperations.LeadingZeroCount(ends);
    }

    /// <summary>The lengths reached by reading one of the words after any of <paramref name="ends"/> (or none, if optional).</summary>
    private static uint Then(ReadOnlySpan<char> text, uint ends, string[] words, bool optional = false)
    {
        var reached = optional ? ends : 0u;
        for (var end = 0; ends >> end != 0; end++)
        {
            if ((ends & (1u << end)) == 0)
            {
                continue;
            }

            foreach (var word in words)
            {
                if (text[end..].StartsWith(word, StringComparison.Ordinal) && end + word.Length < 32)
                {
                    reached |= 1u << (end + word.Length);
                }
            }
        }

        return reached;
    }

    private static string Words(string[] words) => "(?:" + string.Join('|', words.Select(Regex.Escape)) + ")";
}
