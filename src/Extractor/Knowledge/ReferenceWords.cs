using Digest.Extractor.Reading;
using Digest.Extractor.Text;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Words that stand for an entity without naming it, read from <c>references.tsv</c>:
/// self-references (本文, 我们; in a blog 作者 and 论文 report a retold work) and anaphors (该方法, 其, and for
/// a problem 这个问题); the openers of sentences about existing work (现有, 传统), whose unnamed subjects are not
/// the article's; the frames that name where something is done rather than who does it (在…上); the words whose
/// object a name is (利用, 将), or its basis (基于); and the modifiers that name a technique as it was first made
/// (标准的, 原始的).
/// </summary>
public sealed class ReferenceWords
{
    /// <summary>The longest connective clause that may come before a prior-work opener (然而，现有…).</summary>
    private const int MaxConnectiveLength = 2;

    private ReferenceWords(IReadOnlyList<string> self, IReadOnlyList<string> anaphors, IReadOnlyList<string> priorWork, IReadOnlyList<(string Open, string Close)> settings, IReadOnlyList<string> objects, IReadOnlyList<string> bases, IReadOnlyList<string> originals, IReadOnlyList<string> selfOpeners, IReadOnlyList<string> classes, IReadOnlyList<string> limits, IReadOnlyList<string> retold, IReadOnlyList<string> problems, IReadOnlyList<string> reporters)
    {
        Reporters = reporters;
        Problems = problems;
        Retold = retold;
        Bases = bases;
        Classes = classes;
        Limits = limits;
        Originals = originals;
        SelfOpeners = selfOpeners;
        Self = self;
        Anaphors = anaphors;
        PriorWork = priorWork;
        Settings = settings;
        Objects = objects;
    }

    /// <summary>Words for the article's own paper or main method, longest first.</summary>
    public IReadOnlyList<string> Self { get; }

    /// <summary>Words for an entity named before, longest first.</summary>
    public IReadOnlyList<string> Anaphors { get; }

    /// <summary>Self words that, in a post with no paper of its own, stand for the work it retells (作者, 论文), not the post.</summary>
    public IReadOnlyList<string> Reporters { get; }

    /// <summary>Words for a problem named before (这个问题, 这一挑战): they stand only for a task, longest first.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Words that open a sentence about existing work (现有, 传统), longest first.</summary>
    public IReadOnlyList<string> PriorWork { get; }

    /// <summary>The words around names that say where something is done (在 … 上: 在ALFWorld上超越GRPO), not who does it.</summary>
    public IReadOnlyList<(string Open, string Close)> Settings { get; }

    /// <summary>The verbs and prepositions after which a name, or a list of names, is their object, right after them or after a short modifier ending in 的 (利用DWI, 将自由形式的CoT), not who does what follows.</summary>
    public IReadOnlyList<string> Objects { get; }

    /// <summary>The words right after which a name is a basis (基于Sentinel-2影像); after a modifier (基于扩散的HGFNet) the name is what is based on it.</summary>
    public IReadOnlyList<string> Bases { get; }

    /// <summary>The kind words that, after a basis and 的, make the phrase a class of work (基于LLM的智能体, 基于VLM的方法), longest first.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>The words that say a class of work falls short (但, 面临, 缺乏): a longer phrase a class word ends is a class of work only in such a sentence.</summary>
    public IReadOnlyList<string> Limits { get; }

    /// <summary>The words that, before 的, name a technique as it was first made (标准的Transformer, 原始的GRPO), not a variant of it.</summary>
    public IReadOnlyList<string> Originals { get; }

    /// <summary>The verbs that open a sentence of the article's own whose subject, the article, is dropped (提出…, 设计了…), longest first.</summary>
    public IReadOnlyList<string> SelfOpeners { get; }

    /// <summary>The words for a work that, after people cited by 等人的, name it as the one the article retells (本文基于A等人的研究工作), longest first.</summary>
    public IReadOnlyList<string> Retold { get; }

    /// <summary>
    /// Whether a modifier before 的 ends with an <see cref="Originals"/> word: it names the thing itself, as first made or as
    /// taken (标准的Transformer, 基于冻结的CLIP), not a variant of it.
    /// </summary>
    /// <param name="modifier">The text before 的.</param>
    public bool NamesTheOriginal(ReadOnlySpan<char> modifier)
    {
        // A year is a time as 去年 is (2021年的S4), a date the technique appeared, not a variant of it.
        if (modifier.Length >= 2 && modifier[^1] == '年' && char.IsAsciiDigit(modifier[^2]))
        {
            return true;
        }

        foreach (var original in Originals)
        {
            if (modifier.EndsWith(original, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text opens with a <see cref="Retold"/> word: what follows 等人的 names the work the article retells.</summary>
    /// <param name="after">The text after 等人的.</param>
    public bool OpensWithRetoldWork(ReadOnlySpan<char> after)
    {
        foreach (var word in Retold)
        {
            if (after.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word is a self-reference.</summary>
    /// <param name="word">The word.</param>
    public bool IsSelf(string word) => Self.Contains(word, StringComparer.Ordinal);

    /// <summary>
    /// Whether a sentence is about existing work: it opens with a <see cref="PriorWork"/> word, after an optional list
    /// number (<c>1)</c>, <c>（2）</c>) and an optional short connective clause (<c>然而，</c>).
    /// </summary>
    /// <param name="sentence">The sentence text.</param>
    public bool OpensPriorWork(string sentence)
    {
        var start = ListNumbers.ContentStart(sentence);

        if (StartsWithPriorWork(sentence, start))
        {
            return true;
        }

        var comma = sentence.AsSpan(start, Math.Min(MaxConnectiveLength + 1, sentence.Length - start)).IndexOfAny('，', ',');
        return comma > 0 && StartsWithPriorWork(sentence, start + comma + 1);
    }

    /// <summary>
    /// Whether a sentence opens, after an optional list number, with the article itself: a self-reference
    /// (<c>本文提出…</c>, <c>We propose…</c>), an anaphor of two characters or more (<c>该方法通过…</c>; not <c>其</c>, which may
    /// continue any name) or a verb whose dropped subject is the article (<c>提出…</c>).
    /// </summary>
    /// <param name="sentence">The sentence text.</param>
    public bool OpensWithSelf(string sentence)
    {
        var start = ListNumbers.ContentStart(sentence);
        return Self.Any(word => sentence.AsSpan(start).StartsWith(word, StringComparison.Ordinal))
            || OpensWithAnaphorWord(sentence)
            || SelfOpeners.Any(word => sentence.AsSpan(start).StartsWith(word, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a sentence opens, after an optional list number, with an anaphor of two characters or more (<c>该方法</c>,
    /// <c>这种方法</c>; not <c>其</c> or <c>它</c>).
    /// </summary>
    /// <param name="sentence">The sentence text.</param>
    public bool OpensWithAnaphorWord(string sentence)
    {
        var start = ListNumbers.ContentStart(sentence);
        return Anaphors.Any(word => word.Length > 1 && sentence.AsSpan(start).StartsWith(word, StringComparison.Ordinal));
    }

    /// <summary>Parses reference TSV.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <exception cref="DigestInputException">A malformed line.</exception>
    public static ReferenceWords Parse(string source, TextReader reader)
    {
        var self = new List<string>();
        var anaphors = new List<string>();
        var priorWork = new List<string>();
        var objects = new List<string>();
        var bases = new List<string>();
        var originals = new List<string>();
        var selfOpeners = new List<string>();
        var classes = new List<string>();
        var limits = new List<string>();
        var retold = new List<string>();
        var problems = new List<string>();
        var reporters = new List<string>();
        var settings = new List<(string, string)>();
        foreach (var (number, line) in DataLines.Read(reader))
        {
            var fields = line.Split('\t');
            if (fields is ["setting", var frame])
            {
                var parts = frame.Split('…');
                if (parts is not [{ Length: > 0 } open, { Length: > 0 } close])
                {
                    throw new DigestInputException(source, number, "expected: setting<TAB>opening word…closing word");
                }

                settings.Add((open, close));
                continue;
            }

            var list = fields.Length == 2 && fields[1].Length > 0
                ? fields[0] switch { "self" => self, "anaphor" => anaphors, "prior" => priorWork, "object" => objects, "basis" => bases, "original" => originals, "opener" => selfOpeners, "class" => classes, "limit" => limits, "retold" => retold, "problem" => problems, "reporter" => reporters, _ => null }
                : null;
            if (list is null)
            {
                throw new DigestInputException(source, number, "expected: self|anaphor|prior|setting|object|basis|original|opener|class|limit|retold|problem|reporter<TAB>word");
            }

            list.Add(fields[1]);
        }

        return new ReferenceWords(
            self.OrderByDescending(w => w.Length).ToList(),
            anaphors.OrderByDescending(w => w.Length).ToList(),
            priorWork.OrderByDescending(w => w.Length).ToList(),
            settings,
            objects.OrderByDescending(w => w.Length).ToList(),
            bases,
            originals,
            selfOpeners.OrderByDescending(w => w.Length).ToList(),
            classes.OrderByDescending(w => w.Length).ToList(),
            limits,
            retold.OrderByDescending(w => w.Length).ToList(),
            problems.OrderByDescending(w => w.Length).ToList(),
            reporters);
    }

    /// <summary>Whether a sentence says that something falls short: it holds a <see cref="Limits"/> word.</summary>
    /// <param name="sentence">The sentence text.</param>
    public bool SpeaksOfLimits(string sentence) => Limits.Any(word => sentence.Contains(word, StringComparison.Ordinal));

    private bool StartsWithPriorWork(string sentence, int start)
    {
        while (start < sentence.Length && char.IsWhiteSpace(sentence[start]))
        {
            start++;
        }

        foreach (var word in PriorWork)
        {
            if (string.CompareOrdinal(sentence, start, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
