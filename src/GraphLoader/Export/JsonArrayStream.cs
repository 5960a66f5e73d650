using System.Text.Json;

namespace Digest.GraphLoader.Export;

/// <summary>Parses one element of an array; the reader stands on the element's first token.</summary>
/// <param name="reader">The reader: advance it with <see cref="JsonArrayStream.Step"/> and <see cref="JsonArrayStream.SkipValue"/>.</param>
/// <param name="spanOffset">The stream offset of the reader's first byte, to turn token positions into file offsets.</param>
internal delegate void JsonElementParser(ref Utf8JsonReader reader, long spanOffset);

/// <summary>
/// Reads a top-level JSON object from a stream through a fixed buffer (grown only for an
/// element larger than it) and hands each element of its array properties to a parser, so a
/// large file is never held whole in memory nor turned into a document tree.
/// </summary>
/// <param name="stream">The JSON, read once from its current position.</param>
/// <param name="bufferSize">The buffer's initial size.</param>
internal sealed class JsonArrayStream(Stream stream, int bufferSize = JsonArrayStream.DefaultBufferSize)
{
    /// <summary>The usual buffer: large enough that refills are rare, small beside a corpus graph.</summary>
    public const int DefaultBufferSize = 1 << 20;

    private byte[] _buffer = new byte[bufferSize];
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _final;

    /// <summary>Reads the object; its properties that <paramref name="parserFor"/> knows are arrays whose elements it parses, others are skipped.</summary>
    /// <param name="parserFor">The parser for a property's elements, or null to skip the property.</param>
    /// <exception cref="JsonException">The text is not JSON, or not an object of arrays where a parser is given.</exception>
    public void Read(Func<string, JsonElementParser?> parserFor)
    {
        var reader = Refill(0, new JsonReaderState(new JsonReaderOptions()));
        Next(ref reader);
        Expect(ref reader, JsonTokenType.StartObject, "the graph");
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var parser = parserFor(reader.GetString()!);
            if (parser is null)
            {
                ReadValue(ref reader, null);
                continue;
            }

            Next(ref reader);
            Expect(ref reader, JsonTokenType.StartArray, "an array property");
            while (ReadValue(ref reader, parser))
            {
            }
        }

        // Only whitespace may follow the object.
        while (!_final)
        {
            reader = Refill(reader.BytesConsumed, reader.CurrentState);
        }

        if (reader.Read())
        {
            throw new JsonException("unexpected content after the graph object");
        }
    }

    /// <summary>Moves to the next token of an element.</summary>
    /// <param name="reader">The reader.</param>
    public static void Step(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new PartialElementException();
        }
    }

    /// <summary>Skips the value the reader stands on (<see cref="Utf8JsonReader.Skip"/> refuses any reader that is not on the final block).</summary>
    /// <param name="reader">The reader.</param>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw new PartialElementException();
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"{what}: expected {type}, found {reader.TokenType}");
        }
    }

    /// <summary>
    /// Reads the next value (an array's element, or a property's value) and hands it to the parser
    /// (or skips it); false at the array's end. When the buffer ends inside the value, goes back,
    /// reads on (growing the buffer for a value larger than it) and parses it again: parsing first
    /// and retrying at the rare buffer end is cheaper than checking first that each value is whole.
    /// </summary>
    private bool ReadValue(ref Utf8JsonReader reader, JsonElementParser? parser)
    {
        while (true)
        {
            var before = reader.CurrentState;
            var consumed = reader.BytesConsumed;
            var attempt = reader;
            try
            {
                Step(ref attempt);
                var more = attempt.TokenType != JsonTokenType.EndArray;
                if (more && parser is null)
                {
                    SkipValue(ref attempt);
                }
                else if (more)
                {
                    parser!(ref attempt, _bufferOffset + _start);
                }

                reader = attempt;
                return more;
            }
            catch (PartialElementException) when (!_final)
            {
                reader = Refill(consumed, before);
            }
            catch (PartialElementException)
            {
                throw new JsonException("the file ends in the middle of the graph");
            }
        }
    }

    private void Next(ref Utf8JsonReader reader)
    {
        while (!reader.Read())
        {
            if (_final)
            {
                throw new JsonException("the file ends in the middle of the graph");
            }

            reader = Refill(reader.BytesConsumed, reader.CurrentState);
        }
    }

    /// <summary>Drops the consumed bytes, reads more, and returns a reader that continues at <paramref name="consumed"/> with <paramref name="state"/>.</summary>
    private Utf8JsonReader Refill(long consumed, JsonReaderState state)
    {
        _start += (int)consumed;
        var kept = _end - _start;
        if (kept == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, kept);
        }

        _bufferOffset += _start;
        _start = 0;
        _end = kept;
        while (!_final && _end < _buffer.Length)
        {
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            _final = read == 0;
            _end += read;
        }

        return new Utf8JsonReader(_buffer.AsSpan(0, _end), _final, state);
    }

    /// <summary>The buffer ended inside an element: read on and parse the element again.</summary>
    private sealed class PartialElementException : Exception;
}
