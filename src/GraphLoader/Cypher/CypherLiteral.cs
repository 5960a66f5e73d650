using System.Collections;
using System.Globalization;

namespace Digest.GraphLoader.Cypher;

/// <summary>Formats parameter values as Cypher literals for <c>:param</c> lines of a script (values only: never statement text).</summary>
public static class CypherLiteral
{
    /// <summary>Formats a value: string, number, boolean, null, list, or map with identifier keys.</summary>
    /// <param name="value">The value.</param>
    public static string Format(object? value)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, value);
        return writer.ToString();
    }

    /// <summary>Writes a value as <see cref="Format"/> does, straight to a writer (no intermediate string).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(TextWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.Write("null");
                break;
            case string s:
                WriteString(writer, s);
                break;
            case bool b:
                writer.Write(b ? "true" : "false");
                break;
            case int i:
                writer.Write(i.ToString(CultureInfo.InvariantCulture));
                break;
            case long l:
                writer.Write(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                writer.Write(d.ToString("0.0###############", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.Write('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    writer.Write(first ? string.Empty : ", ");
                    writer.Write(key);
                    writer.Write(": ");
                    Write(writer, item);
                    first = false;
                }

                writer.Write('}');
                break;
            case IEnumerable list:
                writer.Write('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    writer.Write(firstItem ? string.Empty : ", ");
                    Write(writer, item);
                    firstItem = false;
                }

                writer.Write(']');
                break;
            default:
                throw new ArgumentException($"cannot write a {value.GetType().Name} as a Cypher literal", nameof(value));
        }
    }

    /// <summary>Writes a quoted string; runs of characters that need no escape go out as one span.</summary>
    private static void WriteString(TextWriter writer, string s)
    {
        writer.Write('"');
        var span = s.AsSpan();
        var run = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : null,
            };
            if (escape is null)
            {
                continue;
            }

            writer.Write(span[run..i]);
            writer.Write(escape);
            run = i + 1;
        }

        writer.Write(span[run..]);
        writer.Write('"');
    }
}
