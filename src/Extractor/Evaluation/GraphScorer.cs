using System.Text.Json;
using Digest.Extractor.Reading;
using Digest.Extractor.Text;

namespace Digest.Extractor.Evaluation;

/// <summary>
/// Scores a <c>graph.json</c> against a gold annotation with the definitions of
/// <c>../shared/tools/score.py</c>: an entity matches a gold entity when any normalized name or
/// alias of one equals one of the other (<see cref="NameKey"/>); precision counts every predicted
/// entity and every non-MENTIONS edge between entities.
/// </summary>
public static class GraphScorer
{
    private const string ArticleLabel = "Article";
    private const string MentionsType = "MENTIONS";

    /// <summary>Reads both files and scores them.</summary>
    /// <param name="goldPath">The gold annotation (<c>entities</c>, <c>relations</c>).</param>
    /// <param name="graphPath">The graph (<c>nodes</c>, <c>edges</c> or <c>links</c>).</param>
    /// <exception cref="DigestInputException">A file is missing or not of the expected shape.</exception>
    public static EvaluationReport Score(string goldPath, string graphPath)
    {
        var gold = ReadJson(goldPath);
        var graph = ReadJson(graphPath);
        try
        {
            return Score(gold.RootElement, graph.RootElement);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            throw new DigestInputException($"{goldPath} / {graphPath}", null, "unexpected JSON shape: " + e.Message);
        }
        finally
        {
            gold.Dispose();
            graph.Dispose();
        }
    }

    /// <summary>Scores parsed documents.</summary>
    /// <param name="gold">The gold root object.</param>
    /// <param name="graph">The graph root object.</param>
    public static EvaluationReport Score(JsonElement gold, JsonElement graph)
    {
        var goldEntities = gold.GetProperty("entities").EnumerateArray()
            .Select(e => (Name: e.GetProperty("name").GetString()!, Type: e.GetProperty("type").GetString()!, Keys: Keys(e, "name")))
            .ToList();
        var goldType = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (name, type, keys) in goldEntities)
        {
            goldType[name] = type;
            foreach (var key in keys)
            {
                if (!index.TryGetValue(key, out var owners))
                {
                    index[key] = owners = new HashSet<string>(StringComparer.Ordinal);
                }

                owners.Add(name);
            }
        }

        var nodes = graph.GetProperty("nodes").EnumerateArray().Where(n => Label(n) != ArticleLabel).ToList();
        var matches = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var hit = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in Keys(node, "name", "title"))
            {
                if (index.TryGetValue(key, out var owners))
                {
                    hit.UnionWith(owners);
                }
            }

            matches[Id(node)] = hit;
        }

        var matchedNodes = nodes.Where(n => matches[Id(n)].Count > 0).ToList();
        var foundGold = matches.Values.SelectMany(h => h).ToHashSet(StringComparer.Ordinal);
        var typedOk = matchedNodes.Count(n => matches[Id(n)].Any(g => goldType[g] == Label(n)));
        var entities = ScoreLine.From(matchedNodes.Count, nodes.Count, foundGold.Count, goldEntities.Count);

        var goldRelations = gold.GetProperty("relations").EnumerateArray()
            .Select(r => (Head: r.GetProperty("head").GetString()!, Type: r.GetProperty("type").GetString()!, Tail: r.GetProperty("tail").GetString()!))
            .ToList();
        var goldPairs = goldRelations.Select(r => Pair(r.Head, r.Tail)).ToHashSet();
        var goldTriples = goldRelations.ToHashSet();
        var edges = graph.TryGetProperty("edges", out var e1) ? e1 : graph.GetProperty("links");
        var names = nodes.ToDictionary(Id, n => n.TryGetProperty("name", out var nm) ? nm.GetString() ?? Id(n) : Id(n), StringComparer.Ordinal);
        var predicted = edges.EnumerateArray()
            .Select(e => (Source: e.GetProperty("source").GetString()!, Type: e.TryGetProperty("type", out var t) ? t.GetString() ?? string.Empty : string.Empty, Target: e.GetProperty("target").GetString()!))
            .Where(e => e.Type != MentionsType && matches.ContainsKey(e.Source) && matches.ContainsKey(e.Target))
            .ToList();
        var pairHits = 0;
        var typedHits = 0;
        var pairsFound = new HashSet<(string, string)>();
        var triplesFound = new HashSet<(string, string, string)>();
        var unmatchedRelations = new List<string>();
        foreach (var (source, type, target) in predicted)
        {
            var heads = matches[source];
            var tails = matches[target];
            var pairs = heads.SelectMany(h => tails.Select(t => Pair(h, t))).Where(goldPairs.Contains).ToList();
            var triples = heads.SelectMany(h => tails.Select(t => (h, type, t))).Where(goldTriples.Contains).ToList();
            if (pairs.Count > 0)
            {
                pairHits++;
                pairsFound.UnionWith(pairs);
            }
            else
            {
                unmatchedRelations.Add($"{names[source]} -{type}-> {names[target]}");
            }

            if (triples.Count > 0)
            {
                typedHits++;
                triplesFound.UnionWith(triples);
            }
        }

        return new EvaluationReport(
            entities,
            matchedNodes.Count > 0 ? (double)typedOk / matchedNodes.Count : 0,
            ScoreLine.From(pairHits, predicted.Count, pairsFound.Count, goldPairs.Count),
            ScoreLine.From(typedHits, predicted.Count, triplesFound.Count, goldTriples.Count),
            goldEntities.Select(g => g.Name).Where(n => !foundGold.Contains(n)).Distinct().Order(StringComparer.Ordinal).ToList(),
            goldTriples.Where(t => !triplesFound.Contains(t)).Select(t => $"{t.Head} -{t.Type}-> {t.Tail}").Order(StringComparer.Ordinal).ToList(),
            nodes.Where(n => matches[Id(n)].Count == 0).Select(n => $"{Label(n)} {names[Id(n)]}").Order(StringComparer.Ordinal).ToList(),
            unmatchedRelations.Order(StringComparer.Ordinal).ToList());
    }

    private static JsonDocument ReadJson(string path)
    {
        if (!File.Exists(path))
        {
            throw new DigestInputException(path, null, "no such file");
        }

        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new DigestInputException(path, (int?)e.LineNumber + 1, "not valid JSON: " + e.Message);
        }
    }

    /// <summary>An undirected pair: the two names in ordinal order.</summary>
    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static string Id(JsonElement node) => node.GetProperty("id").GetString()!;

    /// <summary>score.py: <c>label</c>, else the last of <c>labels</c>, else <c>type</c>.</summary>
    private static string? Label(JsonElement node)
    {
        if (node.TryGetProperty("label", out var label) && label.GetString() is { Length: > 0 } l)
        {
            return l;
        }

        if (node.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Array && labels.GetArrayLength() > 0)
        {
            return labels[labels.GetArrayLength() - 1].GetString();
        }

        return node.TryGetProperty("type", out var type) ? type.GetString() : null;
    }

    private static HashSet<string> Keys(JsonElement element, params string[] nameProperties)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in nameProperties)
        {
            if (element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
            {
                keys.Add(NameKey.Of(value.GetString()!));
            }
        }

        if (element.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
        {
            foreach (var alias in aliases.EnumerateArray())
            {
                keys.Add(NameKey.Of(alias.GetString() ?? string.Empty));
            }
        }

        keys.Remove(string.Empty);
        return keys;
    }
}
