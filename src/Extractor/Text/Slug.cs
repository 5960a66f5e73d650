using System.Text;

namespace Digest.Extractor.Text;

/// <summary>Turns names into the slugs used in ids (SCHEMA.md: <c>&lt;type&gt;:&lt;slug&gt;</c>).</summary>
public static class Slug
{
    /// <summary>
    /// NFKC, lower case; letters and digits of any script are kept, every other run of
    /// characters becomes one hyphen; no leading or trailing hyphen.
    /// </summary>
    /// <param name="text">The name.</param>
    /// <returns>The slug; <c>_</c> when nothing is left.</returns>
    public static string Of(string text)
    {
        var normalized = Nfkc.Normalize(text);

        // A rune is one or two UTF-16 units lower-cased, and a hyphen stands for at least one unit: twice the text's
        // length always fits. Writing into a buffer spares a StringBuilder per slug (one per entity and article).
        var size = 2 * normalized.Length;
        var buffer = size <= 512 ? stackalloc char[512] : new char[size];
        var length = 0;
        var pendingHyphen = false;
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingHyphen && length > 0)
                {
                    buffer[length++] = '-';
                }

                pendingHyphen = false;
                length += Rune.ToLowerInvariant(rune).EncodeToUtf16(buffer[length..]);
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return length == 0 ? "_" : new string(buffer[..length]);
    }
}
