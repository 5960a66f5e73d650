using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>Finds titles in 《》 (<c>《U-Net: Convolutional Networks for …》</c>), typed <see cref="EntityType.Paper"/>.</summary>
public sealed partial class BookTitleFinder : IExtractionStage
{
    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "book-title";

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        foreach (Match match in Title().Matches(context.Body))
        {
            var title = match.Groups["title"];
            if (context.SentenceAt(title.Index) is { } sentence)
            {
                context.Mentions.Add(new Mention(title.Value.Trim(), title.Index, sentence.Index, Name, EntityType.Paper));
            }
        }
    }

    [GeneratedRegex(@"《(?<title>[^《》]{2,300})》")]
    private static partial Regex Title();
}
