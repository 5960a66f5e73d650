using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Digest.Extractor.Building;

/// <summary>
/// A 128-bit hash of everything <see cref="GraphBuilder"/> takes of one article except where it stands in the input:
/// the article without its body and line, and each entity and relation with every field the merge reads. The graph is a
/// function of these inputs in input order, so two builds whose inputs hash alike, line for line, build the same graph;
/// that is how a rebuild whose edits did not touch the graph knows it can keep the last outputs. The line is left out so
/// a cached article keeps its hash when it moves.
/// </summary>
public static class MergeInputHash
{
    /// <summary>Each thread's buffer for the bytes hashed, kept: a build hashes every article, and a fresh buffer each time was most of what hashing cost.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _bytesOfThread;

    /// <summary>Hashes what the merge takes of an article.</summary>
    /// <param name="input">The article's merge input.</param>
    public static UInt128 Of(MergeInput input)
    {
        var bytes = _bytesOfThread ??= new ArrayBufferWriter<byte>(16 * 1024);
        bytes.ResetWrittenCount();
        var article = input.Article;
        Add(bytes, article.Id);
        Add(bytes, article.Title);
        Add(bytes, article.Category);
        Add(bytes, article.Source);
        Add(bytes, article.IsTruncated ? 1 : 0);
        Add(bytes, input.Entities.Length);
        foreach (var entity in input.Entities)
        {
            Add(bytes, entity.Key);
            Add(bytes, entity.Name);
            Add(bytes, (long)entity.Type);
            Add(bytes, entity.IsTypeGuessed ? 1 : 0);
            Add(bytes, entity.Aliases.Count);
            foreach (var alias in entity.Aliases)
            {
                Add(bytes, alias);
            }

            Add(bytes, entity.MentionCount);
        }

        Add(bytes, input.Relations.Length);
        foreach (var relation in input.Relations)
        {
            Add(bytes, relation.SourceKey);
            Add(bytes, (long)relation.Type);
            Add(bytes, relation.TargetKey);
            Add(bytes, relation.Evidence.ArticleId);
            Add(bytes, relation.Evidence.Sentence);
            Add(bytes, relation.Evidence.Cue);
            Add(bytes, BitConverter.DoubleToInt64Bits(relation.Confidence));
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes.WrittenSpan, hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    /// <summary>A string with its length first (-1 for null), so neighbouring strings cannot run into each other.</summary>
    private static void Add(ArrayBufferWriter<byte> bytes, string? text)
    {
        Add(bytes, text?.Length ?? -1);
        if (text is not null)
        {
            bytes.Write(MemoryMarshal.AsBytes(text.AsSpan()));
        }
    }

    private static void Add(ArrayBufferWriter<byte> bytes, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(bytes.GetSpan(sizeof(long)), value);
        bytes.Advance(sizeof(long));
    }
}
