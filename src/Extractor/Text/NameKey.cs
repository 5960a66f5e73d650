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
}
