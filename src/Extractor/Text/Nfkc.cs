using System.Globalization;
using System.Text;
using Digest.Extractor.Knowledge;

namespace Digest.Extractor.Text;

/// <summary>
/// Unicode normalisation form KC (UAX #15), done here because <see cref="string.Normalize(NormalizationForm)"/> leaves
/// non-ASCII text as it is under the invariant globalization the tool runs with. It folds what the text may spell two
/// ways into one spelling: full-width Latin (<c>ＲｏＰＥ</c>), ligatures (<c>ﬁ</c>), a letter and its combining accent
/// (<c>o</c> + U+0308) into the accented letter (<c>ö</c>), compatibility ideographs, circled and super-script digits.
/// The tables (<c>Data/unicode-nfkc.txt</c>) are generated from the Unicode Character Database by
/// <c>tools/gen-unicode-nfkc.py</c>; Hangul syllables are computed. Only the stretches around characters that some
/// context may change are normalised; text without any (ASCII, Chinese, most letters) is returned as it is.
/// </summary>
public static class Nfkc
{
    private const int HangulFirst = 0xAC00;
    private const int HangulCount = 11172;
    private const int LeadFirst = 0x1100;
    private const int LeadCount = 19;
    private const int VowelFirst = 0x1161;
    private const int VowelCount = 21;
    private const int TrailFirst = 0x11A7;
    private const int TrailCount = 28;

    /// <summary>The NFKC form of <paramref name="text"/>: the same instance when it is already in that form.</summary>
    /// <param name="text">The text.</param>
    public static string Normalize(string text)
    {
        var unstable = NextUnstable(text, 0);
        if (unstable < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        var points = new List<int>();
        var position = 0;
        while (unstable >= 0)
        {
            // The characters before an unstable one are starters that nothing joins to what precedes them: the stretch
            // starts at the one right before it (which it may compose with) and ends before a stable character that the
            // next is stable too, so no stretch reaches into another.
            var start = unstable > position ? unstable - 1 : unstable;
            var end = unstable + 1;
            while (end < text.Length && !(IsStable(text[end]) && (end + 1 == text.Length || IsStable(text[end + 1]))))
            {
                end++;
            }

            result.Append(text, position, start - position);
            Decompose(text.AsSpan(start, end - start), points);
            Compose(points, result);
            position = end;
            unstable = NextUnstable(text, position);
        }

        result.Append(text, position, text.Length - position);
        var normalized = result.ToString();
        return normalized == text ? text : normalized;
    }

    /// <summary>
    /// Whether NFKC may join some character of <paramref name="text"/> to the character before it (it, or its
    /// decomposition, starts with a combining mark or with a character that composes with what precedes it). Without
    /// such a character, the NFKC form of any piece of the text lies inside the NFKC form of the whole.
    /// </summary>
    /// <param name="text">The text.</param>
    public static bool MayJoinAcrossCharacters(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var point = rune.Value;
            if (point >= 0x80 && (point < 0x10000 ? Tables.JoinsPrevious.Has(point) : Tables.SupplementaryJoinsPrevious.Contains(point)))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextUnstable(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!IsStable(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether no context changes this UTF-16 unit (see <see cref="Tables.Unstable"/>).</summary>
    private static bool IsStable(char c) => c < 0x80 || !Tables.Unstable.Has(c);

    /// <summary>Every code point's full compatibility decomposition, in canonical order, into <paramref name="points"/>.</summary>
    private static void Decompose(ReadOnlySpan<char> text, List<int> points)
    {
        points.Clear();
        foreach (var rune in text.EnumerateRunes())
        {
            var point = rune.Value;
            if (point is >= HangulFirst and < HangulFirst + HangulCount)
            {
                var index = point - HangulFirst;
                points.Add(LeadFirst + (index / (VowelCount * TrailCount)));
                points.Add(VowelFirst + (index % (VowelCount * TrailCount) / TrailCount));
                if (index % TrailCount != 0)
                {
                    points.Add(TrailFirst + (index % TrailCount));
                }
            }
            else if (Tables.Decompositions.TryGetValue(point, out var mapping))
            {
                points.AddRange(mapping);
            }
            else
            {
                points.Add(point);
            }
        }

        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (var i = 1; i < points.Count; i++)
        {
            var point = points[i];
            var combining = ClassOf(point);
            var j = i;
            for (; combining != 0 && j > 0 && ClassOf(points[j - 1]) > combining; j--)
            {
                points[j] = points[j - 1];
            }

            points[j] = point;
        }
    }

    /// <summary>Canonical composition of decomposed, ordered code points (UAX #15's algorithm), appended to <paramref name="result"/>.</summary>
    private static void Compose(List<int> points, StringBuilder result)
    {
        if (points.Count == 0)
        {
            return;
        }

        // The composed points go after the decomposed ones, each read once before the list grows past it.
        var first = points.Count;
        var starter = -1;

        // The class of the last code point kept after the starter; 0 while none is, 256 before any starter.
        var lastClass = 256;
        for (var i = 0; i < first; i++)
        {
            var point = points[i];
            var combining = ClassOf(point);
            if (starter >= 0 && (lastClass < combining || lastClass == 0) && TryCompose(points[starter], point, out var composite))
            {
                points[starter] = composite;
                continue;
            }

            if (combining == 0)
            {
                starter = points.Count;
            }

            lastClass = combining;
            points.Add(point);
        }

        Span<char> units = stackalloc char[2];
        for (var i = first; i < points.Count; i++)
        {
            result.Append(units[..new Rune(points[i]).EncodeToUtf16(units)]);
        }
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        if (first is >= LeadFirst and < LeadFirst + LeadCount && second is >= VowelFirst and < VowelFirst + VowelCount)
        {
            composite = HangulFirst + ((((first - LeadFirst) * VowelCount) + (second - VowelFirst)) * TrailCount);
            return true;
        }

        if (first is >= HangulFirst and < HangulFirst + HangulCount && (first - HangulFirst) % TrailCount == 0
            && second is > TrailFirst and < TrailFirst + TrailCount)
        {
            composite = first + (second - TrailFirst);
            return true;
        }

        return Tables.Compositions.TryGetValue(PairKey(first, second), out composite);
    }

    private static int ClassOf(int point) =>
        point < 0x10000 ? Tables.BasicClasses[point] : Tables.SupplementaryClasses.GetValueOrDefault(point);

    private static long PairKey(int first, int second) => ((long)first << 21) | (uint)second;

    /// <summary>A set of UTF-16 units, one bit each.</summary>
    private sealed class UnitSet
    {
        private readonly ulong[] _bits = new ulong[0x10000 / 64];

        public bool Has(int unit) => (_bits[unit >> 6] & (1UL << unit)) != 0;

        public void Add(int unit) => _bits[unit >> 6] |= 1UL << unit;
    }

    /// <summary>The tables, read from the embedded data on first use.</summary>
    private static class Tables
    {
        public static readonly Dictionary<int, int[]> Decompositions = [];
        public static readonly byte[] BasicClasses = new byte[0x10000];
        public static readonly Dictionary<int, byte> SupplementaryClasses = [];
        public static readonly Dictionary<long, int> Compositions = [];

        /// <summary>
        /// The UTF-16 units that some context may change: each decomposes, has a combining class, or composes with
        /// what comes before it (Hangul vowels and trailing consonants among them), or is half of a surrogate pair.
        /// </summary>
        public static readonly UnitSet Unstable = new();

        /// <summary>The characters of the basic plane that NFKC may join to the one before (see <see cref="MayJoinAcrossCharacters"/>).</summary>
        public static readonly UnitSet JoinsPrevious = new();

        /// <summary>The same, beyond the basic plane.</summary>
        public static readonly HashSet<int> SupplementaryJoinsPrevious = [];

        static Tables()
        {
            var seconds = new HashSet<int>();
            using (var reader = EmbeddedData.Open("unicode-nfkc.txt"))
            {
                for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
                {
                    if (line.Length > 0 && line[0] != '#')
                    {
                        Read(line, seconds);
                    }
                }
            }

            for (var point = VowelFirst; point < VowelFirst + VowelCount; point++)
            {
                seconds.Add(point);
            }

            for (var point = TrailFirst + 1; point < TrailFirst + TrailCount; point++)
            {
                seconds.Add(point);
            }

            for (var unit = 0xD800; unit <= 0xDFFF; unit++)
            {
                Unstable.Add(unit);
            }

            foreach (var point in seconds.Concat(Decompositions.Keys).Concat(SupplementaryClasses.Keys))
            {
                MarkUnstable(point);
            }

            // A character joins the one before when it, or the first of its decomposition, is a non-starter or a second:
            // every character of the basic plane is looked at, and beyond it those the tables name.
            var named = seconds.Concat(Decompositions.Keys).Concat(SupplementaryClasses.Keys).Where(point => point >= 0x10000).Distinct();
            foreach (var point in Enumerable.Range(0x80, 0x10000 - 0x80).Concat(named))
            {
                var lead = Decompositions.TryGetValue(point, out var mapping) ? mapping[0] : point;
                if (ClassOf(lead) != 0 || seconds.Contains(lead))
                {
                    if (point < 0x10000)
                    {
                        JoinsPrevious.Add(point);
                    }
                    else
                    {
                        SupplementaryJoinsPrevious.Add(point);
                    }
                }
            }
        }

        private static void Read(string line, HashSet<int> seconds)
        {
            var fields = line.Split(' ');
            var point = Hex(fields[1]);
            switch (fields[0])
            {
                case "d":
                    Decompositions[point] = fields[2..].Select(Hex).ToArray();
                    break;
                case "c":
                    var combining = byte.Parse(fields[2], CultureInfo.InvariantCulture);
                    if (point < 0x10000)
                    {
                        BasicClasses[point] = combining;
                        MarkUnstable(point);
                    }
                    else
                    {
                        SupplementaryClasses[point] = combining;
                    }

                    break;
                case "p":
                    Compositions[PairKey(point, Hex(fields[2]))] = Hex(fields[3]);
                    seconds.Add(Hex(fields[2]));
                    break;
                default:
                    throw new InvalidDataException($"unicode-nfkc.txt: unknown line '{line}'");
            }
        }

        private static int Hex(string field) => int.Parse(field, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

        private static void MarkUnstable(int point)
        {
            if (point < 0x10000)
            {
                Unstable.Add(point);
            }
        }
    }
}
