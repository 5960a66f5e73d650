using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Mentions;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// People a text credits with a work wrote it: a blog names the makers of each technique it retells in a clause of their
/// own (<c>Switch Transformer由William Fedus、Barret Zoph和Noam Shazeer提出,论文为《…》</c>, <c>微软的Edward Hu等人在《…》中提出了LoRA</c>,
/// <c>Yuhui Li等人的EAGLE（《…》）</c>). The people, one or a list, AUTHORED the paper their clause names (or the clause after it
/// names when it opens with 论文, or the clause before it when theirs opens with 作者, or the paper named last when 该论文 comes
/// before them), and the method or model they are said to make: the object of their verb, the name right after their 的, or the
/// clause's subject before a lead (由, 来自, 是) when a verb follows them. A work said to come 出自 their paper came from the
/// paper. A summary's opening author list is no credit.
/// </summary>
/// <param name="words">The verbs, leads and clause openers.</param>
public sealed class CreditFinder(CreditWords words) : IExtractionStage
{
    /// <summary>The cue recorded on the evidence.</summary>
    public const string Cue = "credit";

    private const double Confidence = 0.75;

    /// <summary>What ends a clause: a credit's paper and work are named within its clause.</summary>
    private const string ClauseBreaks = "，,；;：:。！？!?";

    /// <summary>What may stand between two people of one list.</summary>
    private static readonly string[] Separators = ["、", ",", "，", "和", "与", "及", "以及", "and"];

    /// <summary>What may close a list of people before the rest of their clause (等人, 等).</summary>
    private static readonly string[] EtAl = ["等人", "等"];

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        // Most summaries name people only in their opening author list: nothing to credit, and no need to order every mention.
        var opensWithAuthors = TitleSentence.OpensWithAuthors(context.Body);
        if (!context.Entities.Exists(e => e.Type == EntityType.Author && e.Mentions.Any(m => !IsOpeningList(m, opensWithAuthors))))
        {
            return;
        }

        var body = context.Body;
        var mentions = OrderedMentions(context);
        foreach (var group in Groups(body, mentions, opensWithAuthors))
        {
            var sentence = context.Sentences[group.SentenceIndex];
            var inSentence = mentions.Where(m => m.Mention.SentenceIndex == group.SentenceIndex).ToList();
            var clause = Clause(body, sentence, group.Start, group.End);
            var works = Papers(body, sentence, clause, inSentence)
                .Concat(PaperBefore(body, clause, group, mentions))
                .Concat(Works(body, clause, group, inSentence))
                .Concat(BracketedOwner(body, clause, group, inSentence))
                .Distinct()
                .ToList();
            var evidence = new Evidence(context.Article.Id, sentence.Text, Cue);
            foreach (var person in group.People)
            {
                foreach (var work in works.Where(w => !context.Relations.Exists(r => r.SourceKey == person && r.Type == RelationType.Authored && r.TargetKey == w)))
                {
                    context.Relations.Add(new LocalRelation(person, RelationType.Authored, work, evidence, Confidence));
                }
            }
        }
    }

    /// <summary>Every entity mention in the body, in order, but for the names inside a paper's title.</summary>
    private static List<(LocalEntity Entity, Mention Mention)> OrderedMentions(ArticleContext context)
    {
        var all = context.Entities.SelectMany(e => e.Mentions.Select(m => (Entity: e, Mention: m))).OrderBy(p => p.Mention.Start).ToList();
        var titles = all.Where(p => p.Entity.Type == EntityType.Paper).Select(p => p.Mention).ToList();
        return all.Where(p => p.Entity.Type == EntityType.Paper || !titles.Exists(t => t.Start <= p.Mention.Start && p.Mention.End <= t.End)).ToList();
    }

    /// <summary>The lists of people in the text (<c>A、B和C</c>, <c>A等人</c>), but for a summary's opening author list.</summary>
    private static IEnumerable<PeopleGroup> Groups(string body, List<(LocalEntity Entity, Mention Mention)> mentions, bool opensWithAuthors)
    {
        PeopleGroup? open = null;
        foreach (var (entity, mention) in mentions.Where(p => p.Entity.Type == EntityType.Author))
        {
            if (IsOpeningList(mention, opensWithAuthors))
            {
                continue;
            }

            if (open is not null && open.SentenceIndex == mention.SentenceIndex && mention.Start >= open.End
                && Separators.Contains(body[open.End..mention.Start].Trim()))
            {
                open = open with { People = [.. open.People, entity.Key], End = mention.End };
                continue;
            }

            if (open is not null)
            {
                yield return Closed(body, open);
            }

            open = new PeopleGroup([entity.Key], mention.SentenceIndex, mention.Start, mention.End);
        }

        if (open is not null)
        {
            yield return Closed(body, open);
        }
    }

    /// <summary>A list of people with its 等人 or 等, if any, taken in.</summary>
    private static PeopleGroup Closed(string body, PeopleGroup group)
    {
        var rest = body.AsSpan(group.End);
        return OpeningWords.Find(rest, EtAl) is { } etAl
            ? group with { End = group.End + rest.Length - rest.TrimStart(' ').Length + etAl.Length }
            : group;
    }

    /// <summary>
    /// The clause around a span: from the last break before it to the next break after it, within the sentence. A bracket
    /// the span stands in bounds its clause (<c>AdaLoRA（论文《…》，作者Qingru Zhang等）</c>), and a bracket inside the clause
    /// is part of it.
    /// </summary>
    private static (int Start, int End) Clause(string body, Sentence sentence, int start, int end)
    {
        var from = sentence.Start;
        var depth = 0;
        for (var i = start - 1; i >= sentence.Start; i--)
        {
            var c = body[i];
            if (c is ')' or '）' or '》')
            {
                depth++;
            }
            else if (c is '(' or '（' or '《')
            {
                if (depth == 0)
                {
                    from = i + 1;
                    break;
                }

                depth--;
            }
            else if (depth == 0 && ClauseBreaks.Contains(c))
            {
                from = i + 1;
                break;
            }
        }

        var to = sentence.End;
        depth = 0;
        for (var i = end; i < sentence.End; i++)
        {
            var c = body[i];
            if (c is '(' or '（' or '《')
            {
                depth++;
            }
            else if (c is ')' or '）' or '》')
            {
                if (depth == 0)
                {
                    to = i;
                    break;
                }

                depth--;
            }
            else if (depth == 0 && ClauseBreaks.Contains(c))
            {
                to = i;
                break;
            }
        }

        return (from, to);
    }

    /// <summary>
    /// The papers a credit names: those in its clause; those in the next clause, when that opens with a paper word
    /// (<c>论文为《…》</c>); those in the clause before, when the credit's clause opens with a byline (<c>作者为…</c>).
    /// </summary>
    private IEnumerable<string> Papers(string body, Sentence sentence, (int Start, int End) clause, List<(LocalEntity Entity, Mention Mention)> inSentence)
    {
        var papers = inSentence.Where(p => p.Entity.Type == EntityType.Paper).ToList();
        foreach (var (entity, mention) in papers.Where(p => Within(p.Mention, clause)))
        {
            yield return entity.Key;
        }

        if (clause.End < sentence.End && ClauseBreaks.Contains(body[clause.End]) && !IsSentenceEnd(body[clause.End]))
        {
            var next = Clause(body, sentence, clause.End + 1, clause.End + 1);
            if (OpeningWords.Find(body.AsSpan(next.Start), words.Papers) is not null)
            {
                foreach (var (entity, _) in papers.Where(p => Within(p.Mention, next)))
                {
                    yield return entity.Key;
                }
            }
        }

        if (clause.Start > sentence.Start && OpeningWords.Find(body.AsSpan(clause.Start), words.Bylines) is not null)
        {
            var before = Clause(body, sentence, clause.Start - 1, clause.Start - 1);
            foreach (var (entity, _) in papers.Where(p => Within(p.Mention, before)))
            {
                yield return entity.Key;
            }
        }
    }

    /// <summary>The paper an anaphor before the people stands for (<c>该论文由Noah Shinn、…合著</c>): the one named last before it.</summary>
    private IEnumerable<string> PaperBefore(string body, (int Start, int End) clause, PeopleGroup group, List<(LocalEntity Entity, Mention Mention)> mentions)
    {
        var before = body.AsSpan(clause.Start, group.Start - clause.Start);
        foreach (var anaphor in words.Anaphors)
        {
            var at = before.IndexOf(anaphor, StringComparison.Ordinal);
            if (at >= 0 && mentions.FindLast(p => p.Entity.Type == EntityType.Paper && p.Mention.End <= clause.Start + at) is { Entity: { } paper })
            {
                yield return paper.Key;
                yield break;
            }
        }
    }

    /// <summary>The method or model a credit's people are said to make in their clause.</summary>
    private IEnumerable<string> Works(string body, (int Start, int End) clause, PeopleGroup group, List<(LocalEntity Entity, Mention Mention)> inSentence)
    {
        var works = inSentence.Where(p => p.Entity.Type is EntityType.Method or EntityType.Model && Within(p.Mention, clause)).ToList();

        // Yuhui Li等人的EAGLE, Guu 等人的 REALM: the name right after their 的.
        if (body.AsSpan(group.End).TrimStart(' ').StartsWith("的", StringComparison.Ordinal)
            && works.Find(p => p.Mention.Start > group.End && body.AsSpan(group.End, p.Mention.Start - group.End).Trim(' ') is "的") is { Entity: { } owned })
        {
            yield return owned.Key;
            yield break;
        }

        if (VerbAfter(body, group.End, clause.End, inSentence) is not { } verbEnd)
        {
            yield break;
        }

        // LoRA由Edward Hu等人提出: the subject before a lead.
        if (works.FindLast(p => p.Mention.End <= group.Start) is { Entity: { } subject } named
            && words.Leads.Any(lead => body.AsSpan(named.Mention.End, group.Start - named.Mention.End).Contains(lead, StringComparison.Ordinal)))
        {
            yield return subject.Key;
            yield break;
        }

        // Edward Hu等人提出了LoRA, Junnan Li等人提出的BLIP: the first name after the verb that no 的 makes a modifier; a Latin
        // name before a Chinese term, which more often describes the work (提出了一种新的语言模型推理框架——思维树（ToT）).
        var made = works.Where(p => p.Mention.Start >= verbEnd && (p.Mention.End >= body.Length || body[p.Mention.End] != '的')).ToList();
        if ((made.Find(p => p.Entity.Name.Any(char.IsAsciiLetter)).Entity ?? made.FirstOrDefault().Entity) is { } work)
        {
            yield return work.Key;
        }
    }

    /// <summary>
    /// The work or paper that a bracket opening with the people follows right away (<c>DeepMind的AlphaCode(Yujia Li、David Choi、
    /// Oriol Vinyals等,发表于Science)</c>, <c>GPT-2论文《…》(Alec Radford等)</c>): they wrote it.
    /// </summary>
    private static IEnumerable<string> BracketedOwner(string body, (int Start, int End) clause, PeopleGroup group, List<(LocalEntity Entity, Mention Mention)> inSentence)
    {
        var open = clause.Start - 1;
        if (open < 1 || body[open] is not ('(' or '（') || !body.AsSpan(clause.Start, group.Start - clause.Start).IsWhiteSpace())
        {
            yield break;
        }

        var end = open;
        while (end > 0 && body[end - 1] == ' ')
        {
            end--;
        }

        if (body[end - 1] == '》')
        {
            end--;
        }

        if (inSentence.FindLast(p => p.Mention.End == end && p.Entity.Type is EntityType.Paper or EntityType.Method or EntityType.Model) is { Entity: { } owner })
        {
            yield return owner.Key;
        }
    }

    /// <summary>
    /// The end of the first verb after the people in their clause, when only papers, a time, a place or a basis stand between
    /// (<c>在《…》中提出</c>, <c>据此提出</c>, <c>基于Llama 2推出了</c>); else null.
    /// </summary>
    private int? VerbAfter(string body, int from, int clauseEnd, List<(LocalEntity Entity, Mention Mention)> inSentence)
    {
        if (clauseEnd <= from)
        {
            return null;
        }

        var best = -1;
        var bestLength = 0;
        foreach (var verb in words.Verbs)
        {
            var at = body.IndexOf(verb, from, clauseEnd - from, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                bestLength = verb.Length;
            }
        }

        if (best < 0 || inSentence.Exists(p => p.Entity.Type != EntityType.Paper && p.Mention.Start >= from && p.Mention.End <= best && !IsBasis(body, p.Mention.Start)))
        {
            return null;
        }

        return best + bestLength;
    }

    /// <summary>Whether the name at <paramref name="start"/> is what the people work from (<c>Baptiste Rozière等人基于Llama 2推出了Code Llama</c>), not what they made.</summary>
    private static bool IsBasis(string body, int start) => body.AsSpan(0, start).TrimEnd(' ') is var before && (before.EndsWith("基于", StringComparison.Ordinal) || before.EndsWith("在", StringComparison.Ordinal));

    /// <summary>Whether a mention is a name of the author list a summary opens with.</summary>
    private static bool IsOpeningList(Mention mention, bool opensWithAuthors) =>
        opensWithAuthors && mention.Finder == AuthorListFinder.Name && mention.SentenceIndex == 0;

    private static bool Within(Mention mention, (int Start, int End) clause) => mention.Start >= clause.Start && mention.End <= clause.End;

    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?';

    /// <summary>A list of people in one sentence: their entity keys and where the list stands.</summary>
    private sealed record PeopleGroup(string[] People, int SentenceIndex, int Start, int End);
}
