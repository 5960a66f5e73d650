using System.Text.RegularExpressions;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Finds, in one pass over a sentence, which templates it holds all the cues of
/// (<see cref="RelationTemplate.Cues"/>), instead of one cue search per template. Letters are
/// compared as the templates' regular expressions compare them (<see cref="RelationTemplateTable.Options"/>):
/// the case folding is read from the regex engine itself, so a sentence skipped here is one the
/// template cannot match.
/// </summary>
internal sealed class TemplateCueIndex
{
    /// <summary>Each character mapped to the cue character it matches case-insensitively, else to itself.</summary>
    private readonly char[] _fold;

    /// <summary>
    /// The cue words (folded) that can start at each character, null for most: one array read per
    /// character of the sentence is cheaper than a search for a set of thousands of CJK characters.
    /// </summary>
    private readonly CueWord[]?[] _byStart;

    /// <summary>
    /// One bit per character: whether <see cref="_byStart"/> holds words for it. The 8 KB stay in
    /// the cache where the table of references (512 KB) does not, and most characters start no cue.
    /// </summary>
    private readonly ulong[] _startBits = new ulong[(char.MaxValue + 1) / 64];

    /// <summary>Whether a slot is some template's first cue (the only ones whose occurrences are reported).</summary>
    private readonly bool[] _isFirstSlot;

    /// <summary>Template i's cues are the slots <c>_firstSlot[i]</c> to <c>_firstSlot[i + 1]</c> (one slot per required piece).</summary>
    private readonly int[] _firstSlot;

    /// <summary>Indexes the cues of the templates.</summary>
    /// <param name="templates">The templates, in order; results are by position in this list.</param>
    public TemplateCueIndex(IReadOnlyList<RelationTemplate> templates)
    {
        _fold = CaseFolding(templates.SelectMany(t => t.Cues).SelectMany(piece => piece).SelectMany(w => w));
        _firstSlot = new int[templates.Count + 1];
        var slotsOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < templates.Count; i++)
        {
            var slot = _firstSlot[i];
            foreach (var piece in templates[i].Cues)
            {
                foreach (var word in piece)
                {
                    var folded = Fold(word);
                    if (!slotsOf.TryGetValue(folded, out var slots))
                    {
                        slotsOf[folded] = slots = [];
                    }

                    slots.Add(slot);
                }

                slot++;
            }

            _firstSlot[i + 1] = slot;
        }

        _isFirstSlot = new bool[_firstSlot[^1]];
        for (var i = 0; i < templates.Count; i++)
        {
            if (FirstSlot(i) is >= 0 and var first)
            {
                _isFirstSlot[first] = true;
            }
        }

        var byFoldedStart = slotsOf
            .GroupBy(o => o.Key[0])
            .ToDictionary(g => g.Key, g => g.Select(o => new CueWord(o.Key, o.Value.ToArray())).ToArray());
        _byStart = new CueWord[]?[_fold.Length];
        for (var c = 0; c < _fold.Length; c++)
        {
            _byStart[c] = byFoldedStart.GetValueOrDefault(_fold[c]);
            if (_byStart[c] is not null)
            {
                _startBits[c >> 6] |= 1UL << c;
            }
        }
    }

    /// <summary>Sets <paramref name="mayMatch"/>[i] when the text holds every cue of template i (so always for one without cues); clears the others.</summary>
    /// <param name="text">A marked sentence.</param>
    /// <param name="mayMatch">One flag per template.</param>
    public void Mark(ReadOnlySpan<char> text, Span<bool> mayMatch) => Mark(text, mayMatch, null);

    /// <summary>
    /// As <see cref="Mark(ReadOnlySpan{char}, Span{bool})"/>, and adds to <paramref name="cuesAt"/>
    /// every occurrence of a template's first cue, in text order, as its slot (see
    /// <see cref="FirstSlot"/>) and where it starts.
    /// </summary>
    /// <param name="text">A marked sentence.</param>
    /// <param name="mayMatch">One flag per template.</param>
    /// <param name="cuesAt">Receives the occurrences, or null.</param>
    public void Mark(ReadOnlySpan<char> text, Span<bool> mayMatch, List<(int Slot, int At)>? cuesAt)
    {
        var slotCount = _firstSlot[^1];
        var found = slotCount <= 1024 ? stackalloc bool[slotCount] : new bool[slotCount];
        found.Clear();
        for (var at = 0; at < text.Length; at++)
        {
            var c = text[at];
            if ((_startBits[c >> 6] & (1UL << c)) == 0 || _byStart[c] is not { } words)
            {
                continue;
            }

            foreach (var word in words)
            {
                if (StartsWith(text[at..], word.Folded))
                {
                    foreach (var slot in word.Slots)
                    {
                        found[slot] = true;
                        if (_isFirstSlot[slot])
                        {
                            cuesAt?.Add((slot, at));
                        }
                    }
                }
            }
        }

        for (var i = 0; i < mayMatch.Length; i++)
        {
            mayMatch[i] = !found[_firstSlot[i].._firstSlot[i + 1]].Contains(false);
        }
    }

    /// <summary>The slot of a template's first cue (the piece of <see cref="RelationTemplate.Cues"/> it lists first), or -1 if it has none.</summary>
    /// <param name="template">The template's position in the list the index was built from.</param>
    public int FirstSlot(int template) => _firstSlot[template] < _firstSlot[template + 1] ? _firstSlot[template] : -1;

    private bool StartsWith(ReadOnlySpan<char> text, string folded)
    {
        if (text.Length < folded.Length)
        {
            return false;
        }

        for (var i = 0; i < folded.Length; i++)
        {
            if (_fold[text[i]] != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    private string Fold(string word) => string.Create(word.Length, word, (span, w) =>
    {
        for (var i = 0; i < w.Length; i++)
        {
            span[i] = _fold[w[i]];
        }
    });

    /// <summary>
    /// Maps every character that the regex engine, with the templates' options, takes as equal to a
    /// cue character onto one representative of its class (the engine compares case-insensitive
    /// literals character by character, so this is exactly its notion of equal).
    /// </summary>
    private static char[] CaseFolding(IEnumerable<char> cueCharacters)
    {
        var fold = new char[char.MaxValue + 1];
        for (var c = 0; c < fold.Length; c++)
        {
            fold[c] = (char)c;
        }

        var everyCharacter = new string(fold);
        var done = new HashSet<char>();
        foreach (var representative in cueCharacters)
        {
            if (done.Contains(representative))
            {
                continue;
            }

            var equal = new Regex(Regex.Escape(representative.ToString()), RelationTemplateTable.Options);
            foreach (var match in equal.EnumerateMatches(everyCharacter))
            {
                fold[match.Index] = representative;
                done.Add((char)match.Index);
            }
        }

        return fold;
    }

    /// <summary>A cue word, folded, and the slots (template pieces) it fills.</summary>
    private sealed record CueWord(string Folded, int[] Slots);
}
