using System.Buffers;
using System.Xml;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes XML text and attribute values byte for byte as <see cref="XmlWriter"/> does with
/// <c>NewLineChars = "\n"</c> and the default settings (<c>NewLineHandling.Replace</c>,
/// <c>CheckCharacters</c>): <c>&amp; &lt; &gt;</c> become entities, a carriage return (or CR LF)
/// in text becomes a line feed, quotes, tabs and line breaks in attributes become character
/// references, and a character XML cannot hold is an <see cref="ArgumentException"/>.
/// </summary>
internal static class XmlEscaper
{
    /// <summary>Characters a text run stops at: markup, CR, characters XML 1.0 forbids and surrogates (checked in pairs).</summary>
    private static readonly SearchValues<char> TextStops = SearchValues.Create(Stops("<>&\r"));

    /// <summary>As <see cref="TextStops"/>, plus what an attribute value escapes.</summary>
    private static readonly SearchValues<char> AttributeStops = SearchValues.Create(Stops("<>&\r\n\t\""));

    /// <summary>The UTF-8 bytes of the ASCII <see cref="TextStops"/>, for the check of text already transcoded.</summary>
    private static readonly SearchValues<byte> TextStopBytes = SearchValues.Create(AsciiBytes(Stops("<>&\r")));

    /// <summary>The UTF-8 bytes of the ASCII <see cref="AttributeStops"/>.</summary>
    private static readonly SearchValues<byte> AttributeStopBytes = SearchValues.Create(AsciiBytes(Stops("<>&\r\n\t\"")));

    /// <summary>Writes element text.</summary>
    public static void WriteText(Utf8Output output, string text)
    {
        if (!TryWriteVerbatim(output, text, TextStopBytes))
        {
            Write(output, text, TextStops, attribute: false);
        }
    }

    /// <summary>Writes an attribute value (without the quotes).</summary>
    public static void WriteAttribute(Utf8Output output, string value)
    {
        if (!TryWriteVerbatim(output, value, AttributeStopBytes))
        {
            Write(output, value, AttributeStops, attribute: true);
        }
    }

    /// <summary>Writes compact JSON (UTF-8, which escapes every control character itself) as element text.</summary>
    public static void WriteText(Utf8Output output, ReadOnlySpan<byte> json)
    {
        while (true)
        {
            var next = json.IndexOfAny("<>&"u8);
            if (next < 0)
            {
                output.Write(json);
                return;
            }

            output.Write(json[..next]);
            output.Write(json[next] switch
            {
                (byte)'<' => "&lt;"u8,
                (byte)'>' => "&gt;"u8,
                _ => "&amp;"u8,
            });
            json = json[(next + 1)..];
        }
    }

    /// <summary>
    /// Writes text that needs no escape (most of it) in one transcoding, checked in place: no ASCII
    /// stop byte, no lone surrogate (the transcoding fails), no U+FFFE or U+FFFF. Otherwise writes
    /// nothing and returns false, and the text goes the slow way.
    /// </summary>
    private static bool TryWriteVerbatim(Utf8Output output, string text, SearchValues<byte> stops)
    {
        if (text.AsSpan().ContainsAnyInRange('\uFFFE', '\uFFFF') || !output.TryEncodePending(text, out var utf8) || utf8.ContainsAny(stops))
        {
            return false;
        }

        output.Advance(utf8.Length);
        return true;
    }

    private static void Write(Utf8Output output, ReadOnlySpan<char> text, SearchValues<char> stops, bool attribute)
    {
        while (true)
        {
            var next = text.IndexOfAny(stops);
            if (next < 0)
            {
                output.Write(text);
                return;
            }

            output.Write(text[..next]);
            var c = text[next];
            var used = 1;
            switch (c)
            {
                case '<':
                    output.Write("&lt;"u8);
                    break;
                case '>':
                    output.Write("&gt;"u8);
                    break;
                case '&':
                    output.Write("&amp;"u8);
                    break;
                case '"':
                    output.Write("&quot;"u8);
                    break;
                case '\t':
                    output.Write("&#x9;"u8);
                    break;
                case '\n':
                    output.Write("&#xA;"u8);
                    break;
                case '\r' when attribute:
                    output.Write("&#xD;"u8);
                    break;
                case '\r':
                    used = next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1;
                    output.Write((byte)'\n');
                    break;
                default:
                    if (!char.IsHighSurrogate(c) || next + 1 >= text.Length || !char.IsLowSurrogate(text[next + 1]))
                    {
                        throw new ArgumentException($"'\\u{(int)c:X4}' is not a character XML can hold", nameof(text));
                    }

                    output.Write(text.Slice(next, 2));
                    used = 2;
                    break;
            }

            text = text[(next + used)..];
        }
    }

    private static byte[] AsciiBytes(string stops) => [.. stops.Where(char.IsAscii).Select(c => (byte)c)];

    private static string Stops(string markup)
    {
        var stops = new List<char>(markup);
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                stops.Add(c);
            }
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            stops.Add(c);
        }

        stops.Add('\uFFFE');
        stops.Add('\uFFFF');
        return new string([.. stops]);
    }
}
