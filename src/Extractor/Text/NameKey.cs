using System.Text;

namespace Digest.Extractor.Text;

/// <summary>
/// The key two surface forms must share to name the same thing: NFKC, lower case, without
/// spaces, hyphens, dots, brackets and quotes (the matching rule of <c>digest eval</c> and
/// <c>score.py</c>), so <c>Skip-Tuning</c>, <c>Skip Tuning</c> and <c>skip tuning</c> meet.
/// </summary>
public static class NameKey
{
    private const string Ignored = "-_.·・:：,，'’\"“”()（）《》<>";

    /// <summary>The matching key of a name.</summary>
    /// <param name="name">The name.</param>
    public static string Of(string name)
    {
        // Most names are already keys (lower-case ASCII words, Chinese terms): return them as they are.
        if (IsKey(name))
        {
            return name;
        }

        var normalized = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c) || Ignored.Contains(c))
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Whether the key of <paramref name="name"/> is the name itself: nothing to drop, lower-case, NFKC-stable.</summary>
    private static bool IsKey(string name)
    {
        foreach (var c in name)
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c >= '\u4E00' && c <= '\u9FFF'))
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
