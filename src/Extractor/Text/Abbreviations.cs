namespace Digest.Extractor.Text;

/// <summary>Acronyms and the long forms they stand for: whether a name abbreviates another, and whether two long forms spell one meaning.</summary>
internal static class Abbreviations
{
    /// <summary>Words a long form may or may not spell out (<c>Reinforcement Learning from/with Human Feedback</c>).</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "by", "for", "from", "in", "of", "on", "the", "to", "via", "with",
    };

    /// <summary>How many leading letters two words of long forms must share to count as one word (<c>Vision</c>, <c>Visual</c>; <c>Adaptation</c>, <c>Adapter</c>).</summary>
    private const int SharedStem = 5;

    /// <summary>
    /// Whether a name's capitals, in order, are initials of another's words (<c>ADEs</c> of <c>Adverse Drug Events</c>,
    /// <c>LoRA</c> of <c>Low-Rank Adaptation</c>), starting with the first: not <c>GPT-4o</c> of <c>GPT-4</c>. A capital
    /// inside a word after a small letter starts a word too (<c>MMADE</c> of <c>MultiModal Adverse Drug Event</c>).
    /// </summary>
    /// <param name="abbreviation">The shorter name.</param>
    /// <param name="full">The longer name.</param>
    public static bool Abbreviates(string abbreviation, string full)
    {
        var capitals = abbreviation.Where(char.IsAsciiLetterUpper).ToArray();
        var initials = full.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).SelectMany(Initials).ToArray();
        if (capitals.Length < 2 || initials.Length < capitals.Length || initials[0] != capitals[0])
        {
            return false;
        }

        var next = 0;
        foreach (var initial in initials)
        {
            if (next < capitals.Length && initial == capitals[next])
            {
                next++;
            }
        }

        return next == capitals.Length;
    }

    /// <summary>The initials of a word: its first letter, upper-cased, and each capital after a small letter (<c>MultiModal</c>: M, M).</summary>
    private static IEnumerable<char> Initials(string word)
    {
        yield return char.ToUpperInvariant(word[0]);
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsAsciiLetterUpper(word[i]) && char.IsAsciiLetterLower(word[i - 1]))
            {
                yield return word[i];
            }
        }
    }

    /// <summary>
    /// Whether a name without spaces is the acronym of a longer name (<c>SAM</c> of <c>Segment Anything Model</c>, <c>CoT</c>
    /// of <c>Chain-of-Thought</c>), as an article gives them side by side; not a name of several words of another
    /// (<c>Segment Anything Model</c> of <c>Segment Anything Model 2</c>).
    /// </summary>
    /// <param name="acronym">The shorter name.</param>
    /// <param name="longForm">The longer name.</param>
    public static bool IsAcronymOf(string acronym, string longForm) =>
        acronym.Length < longForm.Length && !acronym.Contains(' ') && Abbreviates(acronym, longForm);

    /// <summary>
    /// Whether a name is shaped like an acronym: two to eight letters and digits, opening with a capital, at least two
    /// capitals and no more small letters than capitals (<c>SAE</c>, <c>LoRA</c>, <c>CoT</c>, <c>S4</c>; not <c>DeepSeek</c>,
    /// <c>ResNet50</c> or <c>GPT-4o</c>). Stricter than <see cref="Stages.Resolution.SurfaceForms.IsAcronym"/>, which takes model
    /// names such as those for canonical names, because a Chinese name beside one describes it rather than spells it out.
    /// </summary>
    /// <param name="name">A name.</param>
    public static bool LooksLikeAcronym(string name)
    {
        if (name.Length is < 2 or > 8 || !char.IsAsciiLetterUpper(name[0]))
        {
            return false;
        }

        var (capitals, small) = (0, 0);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                capitals++;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                small++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return capitals >= 2 && small <= capitals;
    }

    /// <summary>Whether a name holds a Chinese character.</summary>
    /// <param name="name">A name.</param>
    public static bool HasChinese(string name) => name.AsSpan().IndexOfAnyInRange('一', '鿿') >= 0;

    /// <summary>
    /// Whether two Chinese names of an acronym may spell one meaning: they share two neighbouring Chinese characters
    /// (<c>稀疏自编码器</c>, <c>开源稀疏自编码器</c>; <c>扩散变换器</c>, <c>扩散变压器</c>). <c>自回归</c> and <c>增强现实</c>, both AR,
    /// share none.
    /// </summary>
    /// <param name="first">One name.</param>
    /// <param name="second">The other.</param>
    public static bool ShareChinesePair(string first, string second)
    {
        for (var i = 0; i + 1 < first.Length; i++)
        {
            if (CharSets.IsChinese(first[i]) && CharSets.IsChinese(first[i + 1]) && second.AsSpan().IndexOf(first.AsSpan(i, 2)) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two long forms of one acronym spell one meaning: the same words but for case, hyphens, function words and
    /// a plural <c>s</c> (<c>Mixture-of-Experts</c>, <c>Mixture of Expert</c>; <c>Sparse Auto-Encoders</c>, <c>sparse
    /// autoencoder</c>), or as many words, each pair sharing its first letters (<c>Vision Transformer</c>, <c>Visual
    /// Transformer</c>). <c>Segment Anything Model</c> and <c>Sharpness-Aware Minimization</c> are two meanings of SAM;
    /// so are <c>Test-Time Adaptation</c> and <c>Test-Time Augmentation</c> of TTA.
    /// </summary>
    /// <param name="first">One long form.</param>
    /// <param name="second">The other.</param>
    public static bool SameMeaning(string first, string second)
    {
        var a = ContentWords(first);
        var b = ContentWords(second);
        if (string.Concat(a) == string.Concat(b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            var stem = Math.Min(SharedStem, Math.Min(a[i].Length, b[i].Length));
            if (!a[i].AsSpan(0, stem).SequenceEqual(b[i].AsSpan(0, stem)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A long form's words in lower case, without function words and a plural <c>s</c>.</summary>
    private static List<string> ContentWords(string longForm)
    {
        var words = new List<string>();
        foreach (var word in longForm.ToLowerInvariant().Split(NonLetters(longForm), StringSplitOptions.RemoveEmptyEntries))
        {
            if (!FunctionWords.Contains(word))
            {
                words.Add(word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word);
            }
        }

        return words;
    }

    /// <summary>The characters of a name that are not letters: where its words break.</summary>
    private static char[] NonLetters(string name) => [.. name.Where(c => !char.IsLetter(c)).Distinct()];
}
