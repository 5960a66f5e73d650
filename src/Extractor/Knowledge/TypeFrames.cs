using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Phrases around a name that say what it is (<c>在LIBERO上取得</c>: a benchmark), read from <c>type-frames.tsv</c>:
/// <c>before &lt;TAB&gt; after &lt;TAB&gt; type &lt;TAB&gt; unless</c>. <c>before</c> must match the text just before a mention
/// and <c>after</c> the text just after it; a name matching <c>unless</c> is not typed by the frame (a model size,
/// <c>Qwen2.5-3B</c>, says more than the frame).
/// </summary>
public sealed class TypeFrames
{
    /// <summary>How far around a mention a frame may reach.</summary>
    public const int Reach = 40;

    private readonly Frame[] _frames;

    private TypeFrames(Frame[] frames) => _frames = frames;

    /// <summary>The type of the first frame around the mention, if any.</summary>
    /// <param name="name">The entity's canonical name.</param>
    /// <param name="body">The article body.</param>
    /// <param name="start">Where the mention starts in the body.</param>
    /// <param name="end">Where it ends.</param>
    public EntityType? Around(string name, string body, int start, int end)
    {
        var before = body.AsSpan(Math.Max(0, start - Reach), Math.Min(Reach, start));
        var after = body.AsSpan(end, Math.Min(Reach, body.Length - end));
        foreach (var frame in _frames)
        {
            // The text after is matched first: anchored at its start, it fails at once for most mentions.
            if (frame.After.IsMatch(after) && frame.Before.IsMatch(before) && frame.Unless?.IsMatch(name) != true)
            {
                return frame.Type;
            }
        }

        return null;
    }

    /// <summary>Parses frame TSV.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <exception cref="DigestInputException">A malformed line or pattern.</exception>
    public static TypeFrames Parse(string source, TextReader reader)
    {
        var frames = new List<Frame>();
        foreach (var (number, line) in DataLines.Read(reader))
        {
            var fields = line.Split('\t');
            if (fields.Length is < 3 or > 4 || !SchemaNames.TryParseEntityType(fields[2], out var type))
            {
                throw new DigestInputException(source, number, "expected: before<TAB>after<TAB>entity type[<TAB>unless]");
            }

            try
            {
                frames.Add(new Frame(
                    new Regex("(?:" + fields[0] + ")$", RegexOptions.CultureInvariant),
                    new Regex("^(?:" + fields[1] + ")", RegexOptions.CultureInvariant),
                    type,
                    fields.Length == 4 && fields[3].Length > 0 ? new Regex(fields[3], RegexOptions.CultureInvariant) : null));
            }
            catch (ArgumentException e)
            {
                throw new DigestInputException(source, number, "bad pattern: " + e.Message);
            }
        }

        return new TypeFrames([.. frames]);
    }

    private sealed record Frame(Regex Before, Regex After, EntityType Type, Regex? Unless);
}
