using System.Buffers;
using System.Collections;
using System.Text;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Cypher;

/// <summary>Formats parameter values as Cypher literals for <c>:param</c> lines of a script (values only: never statement text).</summary>
public static class CypherLiteral
{
    /// <summary>What a string literal escapes: quote, backslash and every control character.</summary>
    private static readonly SearchValues<char> Escaped = SearchValues.Create(EscapedCharacters());

    /// <summary>
    /// The UTF-8 bytes that may start an escaped character: the ASCII ones, and 0xC2, which leads
    /// U+0080 to U+00BF (the C1 controls among them); a text without any needs no escape.
    /// </summary>
    private static readonly SearchValues<byte> EscapedBytes = SearchValues.Create([.. EscapedCharacters().Where(char.IsAscii).Select(c => (byte)c), 0xC2]);

    /// <summary>How a double is written: always with a decimal point, never an exponent.</summary>
    internal const string DoubleFormat = "0.0###############";

    /// <summary>Formats a value: string, number, boolean, null, list, or map with identifier keys.</summary>
    /// <param name="value">The value.</param>
    public static string Format(object? value)
    {
        using var bytes = new MemoryStream();
        var output = new Utf8Output(bytes);
        Write(output, value);
        output.Flush();
        return Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    /// <summary>Writes a value as <see cref="Format"/> does, straight to UTF-8 (no intermediate string).</summary>
    /// <param name="output">The output.</param>
    /// <param name="value">The value.</param>
    internal static void Write(Utf8Output output, object? value)
    {
        switch (value)
        {
            case null:
                output.Write("null"u8);
                break;
            case string s:
                WriteString(output, s);
                break;
            case bool b:
                output.Write(b ? "true"u8 : "false"u8);
                break;
            case int i:
                output.Write(i);
                break;
            case long l:
                output.Write(l);
                break;
            case double d:
                output.Write(d, DoubleFormat);
                break;
            case IReadOnlyDictionary<string, object?> map:
                output.Write((byte)'{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    if (!first)
                    {
                        output.Write(", "u8);
                    }

                    output.Write(key);
                    output.Write(": "u8);
                    Write(output, item);
                    first = false;
                }

                output.Write((byte)'}');
                break;
            case IEnumerable list:
                output.Write((byte)'[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem)
                    {
                        output.Write(", "u8);
                    }

                    Write(output, item);
                    firstItem = false;
                }

                output.Write((byte)']');
                break;
            default:
                throw new ArgumentException($"cannot write a {value.GetType().Name} as a Cypher literal", nameof(value));
        }
    }

    /// <summary>Writes a quoted string: most need no escape, and are transcoded and checked in place.</summary>
    /// <param name="output">The output.</param>
    /// <param name="s">The string.</param>
    internal static void WriteString(Utf8Output output, string s)
    {
        output.Write((byte)'"');
        if (output.TryEncodePending(s, out var utf8) && !utf8.ContainsAny(EscapedBytes))
        {
            output.Advance(utf8.Length);
        }
        else
        {
            WriteEscaped(output, s);
        }

        output.Write((byte)'"');
    }

    /// <summary>Writes a string's content, escaping what must be escaped; runs of characters that need no escape go out as one span.</summary>
    private static void WriteEscaped(Utf8Output output, ReadOnlySpan<char> span)
    {
        while (true)
        {
            var next = span.IndexOfAny(Escaped);
            if (next < 0)
            {
                output.Write(span);
                break;
            }

            output.Write(span[..next]);
            var c = span[next];
            switch (c)
            {
                case '"':
                    output.Write("\\\""u8);
                    break;
                case '\\':
                    output.Write("\\\\"u8);
                    break;
                case '\n':
                    output.Write("\\n"u8);
                    break;
                case '\r':
                    output.Write("\\r"u8);
                    break;
                case '\t':
                    output.Write("\\t"u8);
                    break;
                default:
                    output.Write("\\u"u8);
                    output.Write((int)c, "x4");
                    break;
            }

            span = span[(next + 1)..];
        }
    }

    private static string EscapedCharacters()
    {
        var escaped = new StringBuilder("\"\\");
        for (var c = '\0'; c <= '\u009F'; c++)
        {
            if (char.IsControl(c))
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
