using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Digest.Cli.Analysis;
using Digest.Extractor.Graph.Cards;
using Digest.Extractor.Model;

namespace Digest.Cli.Commands.Show;

/// <summary>Prints an entity card.</summary>
/// <param name="console">Where it reports.</param>
public sealed class ShowCommand(CliConsole console)
{
    /// <summary>Runs the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The exit code.</returns>
    public int Execute(ParseResult parseResult)
    {
        var limit = parseResult.GetValue(ShowCommandDefinition.Count);
        var evidence = parseResult.GetValue(ShowCommandDefinition.Evidence);
        return new AnalysisRunner(console).Run(parseResult.GetValue(ShowCommandDefinition.Graph)!, parseResult.GetValue(ShowCommandDefinition.Timings), (graph, output) =>
        {
            if (AnalysisRunner.Resolve(graph, parseResult.GetValue(ShowCommandDefinition.Name)!, output) is not { } entity)
            {
                return AnalysisRunner.UnknownName;
            }

            if (parseResult.GetValue(ShowCommandDefinition.Format) == OutputFormat.Json)
            {
                var card = new EntityCards(graph).For(entity);
                JsonOutput.Write(output.Out, new JsonObject
                {
                    ["entity"] = JsonOutput.Entity(entity),
                    ["aliases"] = JsonOutput.Strings(entity.Aliases),
                    ["mention_count"] = entity.MentionCount,
                    ["metrics"] = card.Metrics is { } metrics ? new JsonObject
                    {
                        ["entity_id"] = metrics.EntityId,
                        ["page_rank"] = metrics.PageRank,
                        ["betweenness"] = metrics.Betweenness,
                        ["community"] = metrics.Community,
                        ["lineage_depth"] = metrics.LineageDepth,
                    }
                    : null,
                    ["articles"] = JsonOutput.Array(card.Articles, a => new JsonObject { ["id"] = a.Id, ["title"] = a.Title, ["mentions"] = a.Mentions }),
                    ["outgoing"] = JsonOutput.Array(card.Outgoing, r => JsonOutput.Relation(r.Relation)),
                    ["incoming"] = JsonOutput.Array(card.Incoming, r => JsonOutput.Relation(r.Relation)),
                });
                return 0;
            }

            // The table lists `limit` relations each way: only their evidence is read.
            Print(output.Out, new EntityCards(graph).For(entity, limit), limit, evidence);
            return 0;
        }, parseResult.GetValue(ShowCommandDefinition.Repeat), [parseResult.GetValue(ShowCommandDefinition.Name)!]);
    }

    private static void Print(TextWriter output, EntityCard card, int limit, int evidence)
    {
        var entity = card.Entity;
        var facts = new List<(string Label, string Value)>
        {
            ("name", entity.Name),
            ("type", SchemaNames.Label(entity.Type)),
            ("id", entity.Id),
            ("aliases", entity.Aliases.Count == 0 ? "-" : string.Join(", ", entity.Aliases)),
            ("mentions", $"{entity.MentionCount} in {card.Articles.Count} article(s)"),
        };
        if (card.Metrics is { } m)
        {
            facts.Add(("metrics", string.Create(
                CultureInfo.InvariantCulture,
                $"pagerank {m.PageRank}, betweenness {m.Betweenness}, community {m.Community}, lineage depth {m.LineageDepth}")));
        }

        foreach (var (label, value) in facts)
        {
            output.WriteLine($"{label,-9} {value}");
        }

        output.WriteLine();
        output.WriteLine("Articles:");
        foreach (var article in card.Articles.Take(limit))
        {
            output.WriteLine($"  {article.Title} ({article.Mentions}x)");
        }

        More(output, card.Articles.Count, limit);
        PrintRelations(output, "Relations out", card.Outgoing, card.OutgoingCount, evidence, outgoing: true);
        PrintRelations(output, "Relations in", card.Incoming, card.IncomingCount, evidence, outgoing: false);
    }

    private static void PrintRelations(TextWriter output, string heading, IReadOnlyList<CardRelation> relations, int count, int evidence, bool outgoing)
    {
        var tree = new TextTree($"{heading}: {count}");
        foreach (var relation in relations)
        {
            var type = SchemaNames.Name(relation.Relation.Type);
            var other = $"{relation.Other.Name} ({SchemaNames.Label(relation.Other.Type)})";
            var confidence = relation.Relation.Confidence.ToString(CultureInfo.InvariantCulture);
            var node = tree.Add(outgoing ? $"-[{type}]-> {other}  confidence {confidence}" : $"<-[{type}]- {other}  confidence {confidence}");
            var sentences = relation.Relation.Evidence;
            foreach (var sentence in sentences.Take(evidence))
            {
                node.Add($"\"{sentence.Sentence}\" ({sentence.ArticleId}; cue {sentence.Cue})");
            }

            if (sentences.Count > evidence)
            {
                node.Add($"... {sentences.Count - evidence} more evidence sentence(s) (--evidence all, or --format json)");
            }
        }

        output.WriteLine();
        tree.Write(output);
        More(output, count, relations.Count);
    }

    private static void More(TextWriter output, int count, int shown)
    {
        if (count > shown)
        {
            output.WriteLine($"  ... {count - shown} more (raise --count, or use --format json)");
        }
    }
}
