using System.Runtime.InteropServices;
using Digest.Extractor.Text;

namespace Digest.Extractor.Building;

/// <summary>
/// Keeps the meanings of an acronym apart when the corpus spells it out in unrelated ways (TTA: <c>Test-Time
/// Adaptation</c> in some articles, <c>Test-Time Augmentation</c> in others; AR: 自回归 and 增强现实). Joining every local
/// entity that shares a name key would make those one entity, and one article's <c>AR（增强现实）</c> would join every
/// other AR. So the merge joins an acronym to its local entities' other names only after this class has seen every
/// article. Each local entity's other names join first; a set of them spells out a meaning with a long form of the
/// acronym (given in that article or in another that joins it, as <c>TTA（测试时增强）</c> joins <c>Test-Time
/// Augmentation（测试时增强）</c>) or, for an acronym in capitals that no two sets spell out differently in Latin, with its
/// Chinese names. An acronym with one meaning joins as every name does; one with several joins the meaning that the most
/// local entities spell out (and every use that does not say which), while the local entities that spell out another
/// meaning keep theirs apart. The decision reads which names articles give together, never mention counts, so an edit
/// that changes only counts leaves it as it was (<see cref="GraphEdit"/>). A name that several papers introduce is told
/// apart the same way, a meaning per introducing paper (<see cref="NoteIntroduced"/>).
/// </summary>
internal sealed class AcronymSenses
{
    /// <summary>Each name given beside a long form it abbreviates, or shaped like an acronym and given beside a Chinese name, somewhere; by key number, as written there.</summary>
    private readonly Dictionary<int, string> _acronyms = [];

    /// <summary>Each name of several words, by key number, as first written: the long forms an acronym may stand for.</summary>
    private readonly Dictionary<int, string> _phrases = [];

    /// <summary>Each name that a paper introduces, by key number, as first written, with how many papers introduce it.</summary>
    private readonly Dictionary<int, (string Written, int Papers)> _introduced = [];

    /// <summary>The name key each introduction mark was given beside.</summary>
    private readonly Dictionary<int, int> _markOf = [];

    /// <summary>
    /// Notes that an article's own paper introduces a local entity, whose keys hold <paramref name="mark"/>, a key of
    /// that article's alone. Papers name their own methods alike (TRACE, SHIFT, VISTA: the corpus has 383 names that
    /// several papers introduce and few others use), so a name that two papers or more introduce has a meaning per
    /// paper, as an acronym spelt out in unrelated ways has, unless the papers spell it out alike. A name that more
    /// articles use without introducing it than introduce it is a settled name that some papers claim (Mamba, CLIP):
    /// it keeps one meaning.
    /// </summary>
    /// <param name="name">The local entity's name.</param>
    /// <param name="nameKey">Its name's key number.</param>
    /// <param name="mark">The mark's key number.</param>
    public void NoteIntroduced(string name, int nameKey, int mark)
    {
        _markOf[mark] = nameKey;
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_introduced, nameKey, out var exists);
        entry = exists ? entry with { Papers = entry.Papers + 1 } : (name, 1);
    }

    /// <summary>Notes the acronyms (beside a long form they abbreviate, or shaped like one beside a Chinese name) and the phrases among a local entity's names.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="aliases">Its aliases.</param>
    /// <param name="keys">The key numbers of its name and then of each alias.</param>
    public void Note(string name, ReadOnlySpan<string> aliases, ReadOnlySpan<int> keys)
    {
        for (var i = 0; i <= aliases.Length; i++)
        {
            var surface = i == 0 ? name : aliases[i - 1];
            if (surface.AsSpan().IndexOfAny(' ', '-') >= 0)
            {
                _phrases.TryAdd(keys[i], surface);
            }

            var acronymShaped = Abbreviations.LooksLikeAcronym(surface);
            for (var j = 0; j <= aliases.Length; j++)
            {
                var another = j == 0 ? name : aliases[j - 1];
                if (i != j && keys[i] != keys[j] && (Abbreviations.IsAcronymOf(surface, another) || (acronymShaped && Abbreviations.HasChinese(another))))
                {
                    _acronyms.TryAdd(keys[i], surface);
                }
            }
        }
    }

    /// <summary>
    /// Joins each local entity's names in <paramref name="sets"/>, keeping the acronyms of several meanings apart as the
    /// class says, and gives the key each local entity groups by: its own, or one of its other names when its acronym
    /// name is kept apart from the meaning they spell out.
    /// </summary>
    /// <param name="sets">The name keys, not joined yet.</param>
    /// <param name="keys">The key numbers of each local entity's name and aliases.</param>
    /// <param name="firstKey">Where each local entity's keys start in <paramref name="keys"/>, and one extra entry: the end.</param>
    /// <param name="keepsApart">Whether each local entity keeps an acronym apart from the meaning it joins.</param>
    /// <returns>The key number each local entity groups by.</returns>
    public int[] Join(KeySets sets, List<int> keys, List<int> firstKey, out bool[] keepsApart)
    {
        var members = firstKey.Count - 1;
        var isAcronym = new bool[sets.Count];
        foreach (var acronym in _acronyms.Keys)
        {
            isAcronym[acronym] = true;
        }

        // A name that papers introduce has meanings like an acronym when no more articles use it without introducing it
        // than introduce it; the marks of the others are no names at all.
        var ignored = new bool[sets.Count];
        var introducedRoots = new HashSet<int>();
        if (_introduced.Count > 0)
        {
            var users = new int[sets.Count];
            for (var m = 0; m < members; m++)
            {
                users[keys[firstKey[m]]]++;
            }

            foreach (var (mark, name) in _markOf)
            {
                var papers = _introduced[name].Papers;
                if (papers >= 2 && users[name] - papers <= papers)
                {
                    isAcronym[name] = true;
                }
                else
                {
                    ignored[mark] = true;
                }
            }
        }

        // Every name but the acronyms joins first: the meanings are told apart on these sets.
        var other = new int[members];
        for (var m = 0; m < members; m++)
        {
            other[m] = -1;
            for (var k = firstKey[m]; k < firstKey[m + 1]; k++)
            {
                if (isAcronym[keys[k]] || ignored[keys[k]])
                {
                    continue;
                }

                if (other[m] < 0)
                {
                    other[m] = keys[k];
                }
                else
                {
                    sets.Union(other[m], keys[k]);
                }
            }

            // Names that are all acronyms (ARM, AR) say no meaning, and join as they always did.
            for (var k = firstKey[m] + 1; other[m] < 0 && k < firstKey[m + 1]; k++)
            {
                if (!ignored[keys[k]])
                {
                    sets.Union(keys[firstKey[m]], keys[k]);
                }
            }
        }

        foreach (var mark in _markOf.Keys)
        {
            if (!ignored[mark])
            {
                introducedRoots.Add(sets.Find(mark));
            }
        }

        var senses = Senses(sets, keys, firstKey, other, isAcronym, introducedRoots);

        // Decided on the sets as they are now, applied after: one acronym's joins never sway another's decision.
        var groupKey = new int[members];
        keepsApart = new bool[members];
        var joins = new List<(int Acronym, int Other)>();
        for (var m = 0; m < members; m++)
        {
            groupKey[m] = keys[firstKey[m]];
            for (var k = firstKey[m]; k < firstKey[m + 1]; k++)
            {
                var acronym = keys[k];
                if (!isAcronym[acronym] || other[m] < 0)
                {
                    continue;
                }

                if (senses.TryGetValue(acronym, out var sense) && sense.KeepsApart(sets.Find(other[m])))
                {
                    keepsApart[m] = true;
                    if (groupKey[m] == acronym)
                    {
                        groupKey[m] = other[m];
                    }
                }
                else
                {
                    joins.Add((acronym, other[m]));
                }
            }
        }

        foreach (var (acronym, otherKey) in joins)
        {
            sets.Union(acronym, otherKey);
        }

        return groupKey;
    }

    /// <summary>The meanings of each acronym that has several, by its key number.</summary>
    /// <param name="sets">The name keys, every name but the acronyms joined.</param>
    /// <param name="keys">The key numbers of each local entity's name and aliases.</param>
    /// <param name="firstKey">Where each local entity's keys start in <paramref name="keys"/>.</param>
    /// <param name="other">Each local entity's first name that is no acronym, or -1.</param>
    /// <param name="isAcronym">Whether each key is an acronym.</param>
    /// <param name="introducedRoots">The sets that hold a paper's introduction of a name with several meanings.</param>
    private Dictionary<int, Sense> Senses(KeySets sets, List<int> keys, List<int> firstKey, int[] other, bool[] isAcronym, HashSet<int> introducedRoots)
    {
        var phrasesOfSet = new Dictionary<int, List<string>>();
        foreach (var (key, phrase) in _phrases)
        {
            if (!isAcronym[key])
            {
                var root = sets.Find(key);
                if (!phrasesOfSet.TryGetValue(root, out var phrases))
                {
                    phrasesOfSet[root] = phrases = [];
                }

                phrases.Add(phrase);
            }
        }

        // How many local entities give each acronym beside names of each set.
        var usesOfSet = new Dictionary<int, Dictionary<int, int>>();
        for (var m = 0; m < other.Length; m++)
        {
            for (var k = firstKey[m]; other[m] >= 0 && k < firstKey[m + 1]; k++)
            {
                if (isAcronym[keys[k]])
                {
                    if (!usesOfSet.TryGetValue(keys[k], out var uses))
                    {
                        usesOfSet[keys[k]] = uses = [];
                    }

                    CollectionsMarshal.GetValueRefOrAddDefault(uses, sets.Find(other[m]), out _)++;
                }
            }
        }

        var chineseOfSet = ChineseNames(sets, isAcronym, usesOfSet.Values.SelectMany(uses => uses.Keys).ToHashSet());
        var senses = new Dictionary<int, Sense>();
        foreach (var (acronym, uses) in usesOfSet)
        {
            var written = _acronyms.TryGetValue(acronym, out var asAcronym) ? asAcronym : _introduced[acronym].Written;
            if (Sense.Of(written, uses, phrasesOfSet, chineseOfSet, introducedRoots) is { } sense)
            {
                senses[acronym] = sense;
            }
        }

        return senses;
    }

    /// <summary>The Chinese names (their keys, which keep the characters) of each of these sets.</summary>
    private static Dictionary<int, List<string>> ChineseNames(KeySets sets, bool[] isAcronym, HashSet<int> roots)
    {
        var names = new Dictionary<int, List<string>>();
        for (var key = 0; key < sets.Count; key++)
        {
            if (!isAcronym[key] && Abbreviations.HasChinese(sets.Key(key)) && sets.Find(key) is var root && roots.Contains(root))
            {
                if (!names.TryGetValue(root, out var chinese))
                {
                    names[root] = chinese = [];
                }

                chinese.Add(sets.Key(key));
            }
        }

        return names;
    }

    /// <summary>Whether an acronym is written in capitals and digits only (<c>AR</c>, <c>SSD</c>), as those that Chinese names spell out are.</summary>
    private static bool IsCapitals(string acronym) => acronym.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    /// <summary>An acronym's meanings.</summary>
    /// <param name="MeaningOfSet">The meaning each set that spells one out spells out.</param>
    /// <param name="Joined">The meaning the most local entities spell out, which the acronym joins; -1 on a tie.</param>
    private sealed record Sense(Dictionary<int, int> MeaningOfSet, int Joined)
    {
        /// <summary>Whether a local entity whose other names are in this set keeps the acronym apart: they spell out a meaning the acronym does not join.</summary>
        public bool KeepsApart(int root) => MeaningOfSet.TryGetValue(root, out var meaning) && meaning != Joined;

        /// <summary>
        /// The acronym's meanings, when it has several; else null. Sets with long forms spelt alike spell one meaning
        /// (<see cref="Abbreviations.SameMeaning"/>). When they spell one at most and the acronym is in capitals, sets
        /// with only Chinese names spell one too, one for those whose names share two neighbouring characters
        /// (<see cref="Abbreviations.ShareChinesePair"/>), which is the Latin one when they share a pair with its Chinese
        /// names. A set that spells no meaning (<c>SAE</c> beside <c>SAEBench</c>) says nothing: its uses go where the
        /// bare acronym goes.
        /// </summary>
        /// <param name="acronym">The acronym as written.</param>
        /// <param name="uses">How many local entities give it beside names of each set.</param>
        /// <param name="phrasesOfSet">The phrases of each set.</param>
        /// <param name="chineseOfSet">The Chinese names of each set.</param>
        /// <param name="introducedRoots">The sets that hold a paper's introduction: each says a meaning of its own, joined to
        /// another only by a long form spelt alike.</param>
        public static Sense? Of(string acronym, Dictionary<int, int> uses, Dictionary<int, List<string>> phrasesOfSet, Dictionary<int, List<string>> chineseOfSet, HashSet<int> introducedRoots)
        {
            var spelt = new List<(int Set, int Uses, List<string> LongForms, List<string> Chinese)>();
            foreach (var (set, count) in uses)
            {
                var longForms = phrasesOfSet.TryGetValue(set, out var phrases) ? phrases.FindAll(p => Abbreviations.IsAcronymOf(acronym, p)) : [];
                var chinese = chineseOfSet.GetValueOrDefault(set) ?? [];
                if (longForms.Count > 0 || chinese.Count > 0 || introducedRoots.Contains(set))
                {
                    spelt.Add((set, count, longForms, chinese));
                }
            }

            if (spelt.Count < 2)
            {
                return null;
            }

            var meaning = Enumerable.Range(0, spelt.Count).ToArray();
            int Meaning(int i) => meaning[i] == i ? i : meaning[i] = Meaning(meaning[i]);
            void Join(int i, int j) => meaning[Meaning(j)] = Meaning(i);
            bool SharePair(List<string> a, List<string> b) => a.Exists(x => b.Exists(y => Abbreviations.ShareChinesePair(x, y)));
            var introduced = Enumerable.Range(0, spelt.Count).Where(i => introducedRoots.Contains(spelt[i].Set)).ToList();
            var latin = Enumerable.Range(0, spelt.Count).Where(i => spelt[i].LongForms.Count > 0).ToList();
            var chineseOnly = Enumerable.Range(0, spelt.Count).Where(i => spelt[i].LongForms.Count == 0 && !introduced.Contains(i)).ToList();
            foreach (var i in latin)
            {
                foreach (var j in latin.Where(j => j > i && spelt[i].LongForms.Exists(a => spelt[j].LongForms.Exists(b => Abbreviations.SameMeaning(a, b)))))
                {
                    Join(i, j);
                }
            }

            var said = Enumerable.Repeat(true, spelt.Count).ToArray();
            if (latin.Select(Meaning).Distinct().Count() > 1 || !IsCapitals(acronym))
            {
                // Chinese names cannot tell apart meanings spelt out in Latin (测试时自适应 and 测试时增强 share 测试), nor
                // describe a name such as LightGBM (梯度提升, 树模型): their uses go where the bare acronym goes.
                foreach (var c in chineseOnly)
                {
                    said[c] = false;
                }
            }
            else
            {
                foreach (var i in chineseOnly)
                {
                    foreach (var j in chineseOnly.Where(j => j > i && SharePair(spelt[i].Chinese, spelt[j].Chinese)))
                    {
                        Join(i, j);
                    }
                }

                // The one meaning spelt out in Latin takes the Chinese names that share a pair with its own; without
                // Chinese names of its own nothing tells whether one of them translates it (因果最小工具过滤), so it
                // goes where the bare acronym goes.
                var spelled = latin.SelectMany(l => spelt[l].Chinese).ToList();
                foreach (var l in latin)
                {
                    said[l] = spelled.Count > 0;
                }

                foreach (var c in chineseOnly.Where(c => latin.Count > 0 && spelled.Count > 0 && SharePair(spelt[c].Chinese, spelled)).ToList())
                {
                    Join(latin[0], c);
                }
            }

            foreach (var i in introduced)
            {
                said[i] = true;
            }

            var usesOfMeaning = new int[spelt.Count];
            var meaningOfSet = new Dictionary<int, int>();
            for (var i = 0; i < spelt.Count; i++)
            {
                if (said[i])
                {
                    usesOfMeaning[Meaning(i)] += spelt[i].Uses;
                    meaningOfSet[spelt[i].Set] = Meaning(i);
                }
            }

            if (meaningOfSet.Values.Distinct().Count() < 2)
            {
                return null;
            }

            var most = usesOfMeaning.Max();
            var leaders = Enumerable.Range(0, spelt.Count).Where(i => usesOfMeaning[i] == most).ToList();
            return new Sense(meaningOfSet, leaders.Count == 1 ? leaders[0] : -1);
        }
    }
}
