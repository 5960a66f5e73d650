using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Finds person names in author lists: <c>作者 A, B, C</c> (the list ends at the first word that
/// is not a Latin-script name), typed <see cref="EntityType.Author"/>.
/// </summary>
public sealed partial class AuthorListFinder : IExtractionStage
{
    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "author-list";

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        foreach (Match list in AuthorList().Matches(context.Body))
        {
            foreach (Capture person in list.Groups["person"].Captures)
            {
                if (context.SentenceAt(person.Index) is { } sentence)
                {
                    context.Mentions.Add(new Mention(person.Value, person.Index, sentence.Index, Name, EntityType.Author));
                }
            }
        }
    }

    [GeneratedRegex(@"作者[:：]?\s*(?<person>[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’\.\-]*(?: [A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’\.\-]*){0,4})(?:\s*[,，、]\s*(?:and\s+)?(?<person>[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’\.\-]*(?: [A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’\.\-]*){0,4}))*")]
    private static partial Regex AuthorList();
}
