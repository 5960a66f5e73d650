using System.Text;
using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.Cli.Tests.Commands.Build;

/// <summary>Writes a run of consecutive articles of the shared corpus to a digest file of its own (test data is never copied into the repo).</summary>
internal static class CorpusSlice
{
    /// <summary>Writes articles <paramref name="skip"/> … <paramref name="skip"/>+<paramref name="take"/>-1 of the corpus to <paramref name="path"/>.</summary>
    public static string Write(string path, int skip, int take)
    {
        var builder = new StringBuilder("Category: AI\n\n");
        var article = -1;
        foreach (var line in File.ReadLines(RepoPaths.Corpus))
        {
            if (DigestTextSplitter.TryHalveDoubledTitle(line.Trim(), out _) && ++article >= skip + take)
            {
                break;
            }

            if (article >= skip)
            {
                builder.Append(line).Append('\n');
            }
        }

        File.WriteAllText(path, builder.ToString(), new UTF8Encoding(false));
        return path;
    }
}
