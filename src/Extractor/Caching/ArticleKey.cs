using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Digest.Extractor.Model;

namespace Digest.Extractor.Caching;

/// <summary>
/// The content hash a cached extraction is filed under: every field of the article the stages
/// may read (id, title, body, category, source, truncation) but not its line number, so an edit
/// that shifts the lines below it does not invalidate the articles there.
/// </summary>
public static class ArticleKey
{
    /// <summary>The keys of articles, in their order (hashed in parallel).</summary>
    /// <param name="articles">The articles.</param>
    public static UInt128[] OfAll(IReadOnlyList<Article> articles)
    {
        var keys = new UInt128[articles.Count];
        Parallel.For(0, articles.Count, i => keys[i] = Of(articles[i]));
        return keys;
    }

    /// <summary>The article's key.</summary>
    /// <param name="article">The article.</param>
    public static UInt128 Of(Article article)
    {
        string[] fields = [article.Id, article.Title, article.Body, article.Category ?? "\u0001", article.Source, article.IsTruncated ? "1" : "0"];
        var size = fields.Sum(f => Encoding.UTF8.GetMaxByteCount(f.Length) + 1);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var length = 0;
            foreach (var field in fields)
            {
                length += Encoding.UTF8.GetBytes(field, buffer.AsSpan(length));
                buffer[length++] = 0;
            }

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return BinaryPrimitives.ReadUInt128LittleEndian(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
