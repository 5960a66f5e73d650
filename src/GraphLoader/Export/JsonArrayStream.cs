using System.Text.Json;

namespace Digest.GraphLoader.Export;

/// <summary>Parses one element of an array; the reader stands on the element's first token and holds all of it.</summary>
/// <param name="reader">The reader.</param>
/// <param name="spanOffset">The stream offset of the reader's first byte, to turn token positions into file offsets.</param>
internal delegate void JsonElementParser(ref Utf8JsonReader reader, long spanOffset);

/// <summary>
/// Reads a top-level JSON object from a stream through a fixed buffer (grown only for an
/// element larger than it) and hands each element of its array properties to a parser, so a
/// large file is never held whole in memory nor turned into a document tree.
/// </summary>
/// <param name="stream">The JSON, read once from its current position.</param>
internal sealed class JsonArrayStream(Stream stream)
{
    private const int InitialBuffer = 1 << 20;

    private byte[] _buffer = new byte[InitialBuffer];
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

            var name = reader.GetString()!;
            var parser = parserFor(name);
            var before = reader.CurrentState;
            var consumed = reader.BytesConsumed;
            Next(ref reader);
            if (parser is not null)
            {
                Expect(ref reader, JsonTokenType.StartArray, name);
                ReadElements(ref reader, parser);
                continue;
            }

            while (!Whole(reader))
            {
                reader = Refill(consumed, before);
                Next(ref reader);
            }

            SkipBuffered(ref reader);
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

    /// <summary>Skips the value the reader stands on, which the buffer holds whole (<see cref="Utf8JsonReader.Skip"/> refuses any reader that is not on the final block).</summary>
    /// <param name="reader">The reader.</param>
    /// <exception cref="JsonException">The value is cut off.</exception>
    public static void SkipBuffered(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw new JsonException("the file ends in the middle of the graph");
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"{what}: expected {type}, found {reader.TokenType}");
        }
    }

    private void ReadElements(ref Utf8JsonReader reader, JsonElementParser parser)
    {
        while (true)
        {
            var before = reader.CurrentState;
            var consumed = reader.BytesConsumed;
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            // Parse an element only once the buffer holds all of it: else go back to just before
            // it and read on (the buffer grows when one element is larger than it).
            if (!Whole(reader))
            {
                reader = Refill(consumed, before);
                continue;
            }

            parser(ref reader, _bufferOffset + _start);
        }
    }

    /// <summary>Whether the buffer holds the whole value starting at the reader's token.</summary>
    private bool Whole(Utf8JsonReader probe)
    {
        if (probe.TrySkip())
        {
            return true;
        }

        return _final ? throw new JsonException("the file ends in the middle of the graph") : false;
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
}
