using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Digest.Extractor.Text;

/// <summary>
/// The key two surface forms must share to name the same thing: NFKC, lower case, without
/// spaces, hyphens, dots, brackets and quotes (the matching rule of <c>digest eval</c> and
/// <c>score.py</c>), so <c>Skip-Tuning</c>, <c>Skip Tuning</c> and <c>skip tuning</c> meet.
/// </summary>
public static class NameKey
{
    /// <summary>Marks an ASCII character the key drops, in <see cref="AsciiKeys"/>.</summary>
    private const char Dropped = '\uFFFF';

    private static readonly SearchValues<char> Ignored = SearchValues.Create("-_.·・:：,，'’\"“”()（）《》<>");

    /// <summary>What each ASCII character becomes in a key (<see cref="Dropped"/> or its lower case), by the same rule as the others: one lookup per character in scans over every name.</summary>
    private static readonly char[] AsciiKeys = Enumerable.Range(0, 128)
        .Select(i => (char)i)
        .Select(c => char.IsWhiteSpace(c) || Ignored.Contains(c) ? Dropped : char.ToLowerInvariant(c))
        .ToArray();

    /// <summary>The matching key of a name.</summary>
    /// <param name="name">The name.</param>
    public static string Of(string name)
    {
        // Most names are already keys (lower-case ASCII words, Chinese terms): return them as they are.
        if (IsKey(name))
        {
            return name;
        }

        // ASCII is NFKC already: only the other names need normalising.
        var normalized = Ascii.IsValid(name) ? name : Nfkc.Normalize(name);
        var buffer = normalized.Length <= 256 ? stackalloc char[normalized.Length] : new char[normalized.Length];
        return new string(buffer[..WriteNormalized(normalized, buffer)]);
    }

    /// <summary>
    /// Writes the key of an ASCII name into <paramref name="destination"/> without allocating
    /// (for scans over every name); false for a name that needs NFKC (use <see cref="Of"/>) or
    /// does not fit.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="destination">Where the key goes.</param>
    /// <param name="length">The key's length.</param>
    public static bool TryWriteAscii(ReadOnlySpan<char> name, Span<char> destination, out int length)
    {
        if (name.Length > destination.Length || !Ascii.IsValid(name))
        {
            length = 0;
            return false;
        }

        length = WriteNormalized(name, destination);
        return true;
    }

    /// <summary>The key of an NFKC-normalised name: its characters lower-cased, without white space and <see cref="Ignored"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WriteNormalized(ReadOnlySpan<char> normalized, Span<char> destination)
    {
        var keys = AsciiKeys;
        var length = 0;
        foreach (var c in normalized)
        {
            if (c < keys.Length)
            {
                var key = keys[c];
                if (key != Dropped)
                {
                    destination[length++] = key;
                }
            }
            else if (!char.IsWhiteSpace(c) && !Ignored.Contains(c))
            {
                destination[length++] = char.ToLowerInvariant(c);
            }
        }

        return length;
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
