using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Digest.GraphLoader.Neo4j;

namespace Digest.Cli.Commands.Query;

/// <summary>Prints a result as an aligned table, JSON (an array of objects, values as Neo4j sent them) or CSV.</summary>
internal static class QueryResultWriter
{
    /// <summary>Writes the result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="format"><c>table</c>, <c>json</c> or <c>csv</c>.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(QueryResult result, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                WriteJson(result, output);
                break;
            case "csv":
                output.WriteLine(string.Join(",", result.Fields.Select(Csv)));
                foreach (var row in result.Values)
                {
                    output.WriteLine(string.Join(",", row.Select(v => Csv(Text(v)))));
                }

                break;
            default:
                WriteTable(result, output);
                break;
        }
    }

    /// <summary>A value as text: nodes by name, relationships by type, paths as <c>a -[T]-&gt; b</c>, lists joined by <c>; </c>.</summary>
    /// <param name="value">The plain-JSON value.</param>
    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array when IsPath(value) => PathText(value),
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(Text)),
        _ when value.TryGetProperty("labels", out _) => NodeText(value),
        _ when value.TryGetProperty("type", out var type) && value.TryGetProperty("startNodeElementId", out _) => ":" + type.GetString(),
        _ => value.GetRawText(),
    };

    private static bool IsPath(JsonElement array) =>
        array.GetArrayLength() >= 3 && array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("elementId", out _));

    private static string NodeText(JsonElement node) =>
        node.TryGetProperty("properties", out var p) && p.TryGetProperty("name", out var name) ? name.GetString() ?? string.Empty
        : node.GetProperty("elementId").GetString() ?? string.Empty;

    private static string PathText(JsonElement path)
    {
        // Plain JSON paths alternate node, relationship, node; direction is only in the element ids.
        var items = path.EnumerateArray().ToList();
        var text = new StringBuilder(NodeText(items[0]));
        for (var i = 1; i + 1 < items.Count; i += 2)
        {
            var forward = items[i].GetProperty("startNodeElementId").GetString() == items[i - 1].GetProperty("elementId").GetString();
            var type = items[i].GetProperty("type").GetString();
            text.Append(forward ? $" -[{type}]-> " : $" <-[{type}]- ").Append(NodeText(items[i + 1]));
        }

        return text.ToString();
    }

    private static void WriteTable(QueryResult result, TextWriter output)
    {
        var rows = result.Values.Select(r => r.Select(Text).ToArray()).ToList();
        var widths = result.Fields.Select((f, i) => rows.Select(r => Width(r[i])).Append(Width(f)).Max()).ToArray();
        string Line(IEnumerable<string> cells) => string.Join(" | ", cells.Select((c, i) => c + new string(' ', widths[i] - Width(c)))).TrimEnd();
        output.WriteLine(Line(result.Fields));
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }

        output.WriteLine($"({rows.Count} row{(rows.Count == 1 ? string.Empty : "s")})");
    }

    // East Asian wide characters take two columns on a terminal.
    private static int Width(string text) => text.Sum(c => c >= '\u1100' && (c <= '\u115f' || (c >= '\u2e80' && c <= '\ua4cf') || (c >= '\uac00' && c <= '\ud7a3') || (c >= '\uf900' && c <= '\ufaff') || (c >= '\uff00' && c <= '\uff60') || (c >= '\uffe0' && c <= '\uffe6')) ? 2 : 1);

    private static void WriteJson(QueryResult result, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in result.Values)
            {
                json.WriteStartObject();
                for (var i = 0; i < result.Fields.Count; i++)
                {
                    json.WritePropertyName(result.Fields[i]);
                    row[i].WriteTo(json);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Csv(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
