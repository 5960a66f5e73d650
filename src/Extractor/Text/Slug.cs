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
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var pendingHyphen = false;

        // Runes are appended as UTF-16 units: a string per character made slugs a main allocation of the graph build.
        Span<char> units = stackalloc char[2];
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(units[..Rune.ToLowerInvariant(rune).EncodeToUtf16(units)]);
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }
}
