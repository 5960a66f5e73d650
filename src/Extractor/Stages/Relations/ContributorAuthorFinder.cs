using System.Buffers;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Mentions;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// <c>本文基于 A 等人的研究工作</c>: the people cited by 等人 wrote the work the article retells, so
/// they AUTHORED the article's paper if it has one, else what the article says it proposes
/// (its contributions and main entity). People a template has already linked to the work their
/// sentence says they proposed (<c>LoRA由Edward Hu等人提出</c>) wrote that work, not the article's.
/// </summary>
/// <param name="references">The self-references and the words for a retold work: only a sentence about the article itself that
/// names the people's work (<c>本文基于…等人的研究工作</c>) says it retells it; elsewhere (<c>复现Darcet等人的实验</c>,
/// <c>论文分析Krakauer等人的框架</c>) the people wrote earlier work.</param>
public sealed class ContributorAuthorFinder(ReferenceWords references) : IExtractionStage
{
    private const double Confidence = 0.7;

    /// <summary>What may stand between one cited person and 等人: other people's names and their separators.</summary>
    private static readonly SearchValues<char> CitedPeople = SearchValues.Create([.. CharSets.Range('A', 'Z'), .. CharSets.Range('a', 'z'), .. CharSets.Range('\u00C0', '\u024F'), .. " .'’-,，、和"]);

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var works = context.ArticlePaperKey is { } paper
            ? [paper]
            : context.Contributions.Prepend(context.MainEntityKey)
                .Where(k => k is not null && context.Entities.Any(e => e.Key == k && e.Type is EntityType.Method or EntityType.Model))
                .Select(k => k!)
                .Distinct()
                .ToList();
        foreach (var author in context.Entities.Where(e => e.Type == EntityType.Author))
        {
            var cited = author.Mentions.FirstOrDefault(m => m.Finder == AuthorListFinder.EtAlName);
            if (cited is null || context.Relations.Any(r => r.SourceKey == author.Key && r.Type == RelationType.Authored))
            {
                continue;
            }

            var sentence = context.Sentences[cited.SentenceIndex].Text;
            if (!references.OpensWithSelf(sentence) || !NamesTheRetoldWork(context.Body, cited.End))
            {
                continue;
            }

            var evidence = new Evidence(context.Article.Id, sentence, "等人");
            foreach (var work in works.Where(w => !context.Relations.Any(r => r.SourceKey == author.Key && r.TargetKey == w)))
            {
                context.Relations.Add(new LocalRelation(author.Key, RelationType.Authored, work, evidence, Confidence));
            }
        }
    }

    /// <summary>Whether 等人的 and a word for the retold work follow the person's name, past the other people cited with them.</summary>
    private bool NamesTheRetoldWork(string body, int end)
    {
        var etAl = body.IndexOf("等人的", end, StringComparison.Ordinal);
        if (etAl < 0 || body.AsSpan(end, etAl - end).ContainsAnyExcept(CitedPeople))
        {
            return false;
        }

        return references.OpensWithRetoldWork(body.AsSpan(etAl + 3));
    }
}
