using System.Buffers;
using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Digest.GraphLoader.Neo4j;

/// <summary>
/// Writes statement parameters (strings, numbers, booleans, null, lists and string-keyed maps of them) as JSON
/// with <see cref="Utf8JsonWriter"/>, as <see cref="JsonSerializer"/> writes them by their runtime types, but
/// without reflection, so the natively compiled <c>digest</c> (which has none) writes them too.
/// </summary>
public static class ParameterJson
{
    /// <summary>Writes a value as UTF-8 JSON.</summary>
    /// <param name="value">The value.</param>
    /// <param name="encoder">How strings are escaped (null: the default encoder, which escapes non-ASCII text).</param>
    /// <exception cref="ArgumentException">A value of a type a parameter cannot have.</exception>
    public static byte[] ToUtf8Bytes(object? value, JavaScriptEncoder? encoder = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder, SkipValidation = true }))
        {
            Write(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"cannot send a {value.GetType().Name} as a statement parameter", nameof(value));
        }
    }
}
