using System.Text.Json;
using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export;

/// <summary>Reads a relation's <c>evidence</c> array of <c>graph.json</c>: <c>[{"article", "sentence", "cue"}, ...]</c>.</summary>
internal static class EvidenceJson
{
    /// <summary>Reads the array the reader stands on; leaves the reader on its end.</summary>
    /// <param name="reader">A reader on the array's start, holding all of it.</param>
    /// <param name="pool">Pools the strings (a sentence often backs several relations).</param>
    /// <exception cref="FormatException">An item misses a field.</exception>
    public static EquatableArray<Evidence> Read(ref Utf8JsonReader reader, StringPool pool)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new FormatException($"evidence is {reader.TokenType}, not an array");
        }

        var items = new List<Evidence>();
        for (JsonArrayStream.Step(ref reader); reader.TokenType == JsonTokenType.StartObject; JsonArrayStream.Step(ref reader))
        {
            string? article = null, sentence = null, cue = null;
            for (JsonArrayStream.Step(ref reader); reader.TokenType == JsonTokenType.PropertyName; JsonArrayStream.Step(ref reader))
            {
                if (reader.ValueTextEquals("article"u8))
                {
                    JsonArrayStream.Step(ref reader);
                    article = pool.Get(ref reader);
                }
                else if (reader.ValueTextEquals("sentence"u8))
                {
                    JsonArrayStream.Step(ref reader);
                    sentence = pool.Get(ref reader);
                }
                else if (reader.ValueTextEquals("cue"u8))
                {
                    JsonArrayStream.Step(ref reader);
                    cue = pool.Get(ref reader);
                }
                else
                {
                    JsonArrayStream.Step(ref reader);
                    JsonArrayStream.SkipValue(ref reader);
                }
            }

            items.Add(new Evidence(
                article ?? throw new FormatException("evidence without article"),
                sentence ?? throw new FormatException("evidence without sentence"),
                cue ?? throw new FormatException("evidence without cue")));
        }

        return EquatableArray<Evidence>.From(items);
    }
}
