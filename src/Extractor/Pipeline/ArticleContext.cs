using Digest.Extractor.Model;

namespace Digest.Extractor.Pipeline;

/// <summary>The mutable state of one article as it passes through the stages.</summary>
public sealed class ArticleContext
{
    /// <summary>Starts the state of an article.</summary>
    /// <param name="article">The article.</param>
    public ArticleContext(Article article)
    {
        Article = article;
        Body = TitleSentence.Before(article) + article.Body;
    }

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>The text all offsets point into: the body, after the title when that is a post's (<see cref="TitleSentence"/>).</summary>
    public string Body { get; }

    /// <summary>Sentences, in order.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>Surface forms found by the mention finders.</summary>
    public List<Mention> Mentions { get; } = [];

    /// <summary>Alias links read from the text.</summary>
    public List<AliasLink> AliasLinks { get; } = [];

    /// <summary>Entities resolved from the mentions.</summary>
    public List<LocalEntity> Entities { get; } = [];

    /// <summary>Relations found between entities.</summary>
    public List<LocalRelation> Relations { get; } = [];

    /// <summary>The key of the paper the article summarises, when it is a one-paper summary.</summary>
    public string? ArticlePaperKey { get; set; }

    /// <summary>The key of the method or model the article is mainly about (its title's name, or what 本文/我们 proposes), if known.</summary>
    public string? MainEntityKey { get; set; }

    /// <summary>Keys of what the article itself says it proposes (本文提出…, 我们引入…), in order found.</summary>
    public List<string> Contributions { get; } = [];

    /// <summary>The sentence that holds the body offset, or null.</summary>
    /// <param name="offset">An offset in the body.</param>
    public Sentence? SentenceAt(int offset)
    {
        var lo = 0;
        var hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var sentence = Sentences[mid];
            if (offset < sentence.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= sentence.End)
            {
                lo = mid + 1;
            }
            else
            {
                return sentence;
            }
        }

        return null;
    }
}
