using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Text;

namespace Digest.Extractor.Pipeline;

/// <summary>
/// The title of a post as the first sentence of its text. A Chinese title names what a post is about
/// (<c>重温SSM(一):线性系统和HiPPO矩阵</c>) and often names it nowhere else, so its names are the article's
/// mentions too. A summary of one paper (its text opens with 作者) keeps its title apart: that title is the
/// paper's own, which <c>ArticlePaperFinder</c> reads, and an English title's words are no mentions.
/// </summary>
public static partial class TitleSentence
{
    /// <summary>What goes before the body: the title and a full stop, or nothing.</summary>
    /// <param name="article">The article.</param>
    public static string Before(Article article)
    {
        var title = article.Title.Trim();
        if (title.Length == 0 || !title.Any(CharSets.IsChinese) || OpensWithAuthors(article.Body))
        {
            return "";
        }

        return title[^1] is '。' or '！' or '？' or '!' or '?' ? title + " " : title + "。";
    }

    /// <summary>Whether a text opens with the author list of a one-paper summary (<c>作者 Siyuan Guo, …</c>, <c>作者：Rafael Rafailov, …</c>).</summary>
    /// <param name="text">The article's text.</param>
    public static bool OpensWithAuthors(string text) => AuthorOpening().IsMatch(text);

    // A colon may be glued to the first name (作者：Rafael Rafailov, …); a bare 作者 needs a space, or it opens a sentence.
    [GeneratedRegex(@"^\s*作者(?:[:：]|\s)")]
    private static partial Regex AuthorOpening();
}
