using System.Text.RegularExpressions;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Tells measurements from names: a number with a unit (<c>120ms</c>, <c>0.5M</c>), a range of them (<c>6.08-6.67Hz</c>),
/// a list of them (<c>7B/8B/32B</c>), a size (<c>2048x2048</c>) or a comparison of scores (<c>0.784 vs. 0.702</c>,
/// <c>DSC 0.900 vs 0.830</c>). Names that merely hold numbers (<c>Llama 3</c>, <c>GPT-4o</c>, <c>S4</c>,
/// <c>3D-RoPE</c>) are not quantities.
/// </summary>
public sealed class QuantityShape
{
    private readonly Regex _quantity;

    /// <summary>The units, longest first, so that the longest one that opens a text is found.</summary>
    private readonly string[] _units;

    private QuantityShape(Regex quantity, string[] units)
    {
        _quantity = quantity;
        _units = units;
    }

    /// <summary>The shape with these units (<c>quantity-units.txt</c>).</summary>
    /// <param name="units">The units, each matched case-sensitively after a number.</param>
    public static QuantityShape Of(IEnumerable<string> units)
    {
        // Longest first, so that "ms" is tried before "m".
        var ordered = units.Distinct(StringComparer.Ordinal).OrderByDescending(u => u.Length).ThenBy(u => u, StringComparer.Ordinal).ToArray();
        var unit = string.Join('|', ordered.Select(Regex.Escape));
        const string Number = @"[~≈<>±+\-]?\d+(?:[.,]\d+)*";
        var amount = $@"{Number}(?:\s?(?:{unit}))?";
        var range = $@"{amount}(?:\s?(?:[-–~]|to)\s?{amount})?";
        var list = $@"{amount}(?:/{amount})+";
        var size = @"\d+(?:\s?[x×]\s?\d+)+";
        var comparison = $@"(?:[A-Za-z][A-Za-z0-9\-]*\s)?{range}\s?vs\.?\s?{range}";
        return new QuantityShape(new Regex($@"^(?:{size}|{range}|{list}|{comparison})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), ordered);
    }

    /// <summary>Reads the units, one per line (<c>#</c> comments and blank lines skipped).</summary>
    /// <param name="reader">The file's text.</param>
    public static QuantityShape Parse(TextReader reader) => Of(DataLines.Read(reader).Select(line => line.Line.Trim()).Where(u => u.Length > 0));

    /// <summary>Whether the whole surface is a measurement.</summary>
    /// <param name="surface">A mention's surface.</param>
    public bool IsQuantity(ReadOnlySpan<char> surface) => HasDigit(surface) && _quantity.IsMatch(surface.Trim());

    /// <summary>
    /// Whether the text opens with a unit that ends there (<c>%的参数</c>, <c>倍，</c>, <c>个百分点</c>; not <c>ms</c> of
    /// <c>msec</c>): what follows a number in it makes that number an amount.
    /// </summary>
    /// <param name="text">The text right after a number.</param>
    public bool OpensWithUnit(ReadOnlySpan<char> text)
    {
        foreach (var unit in _units)
        {
            if (text.StartsWith(unit, StringComparison.Ordinal) && (text.Length == unit.Length || !char.IsAsciiLetterOrDigit(text[unit.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text holds a decimal digit (what the pattern's <c>\d</c> matches), which every measurement and
    /// reading does: most mentions have none, and this spares them the pattern.
    /// </summary>
    /// <param name="text">A mention's surface or part of it.</param>
    public static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
