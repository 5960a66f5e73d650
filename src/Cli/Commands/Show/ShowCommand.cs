using System.CommandLine;
using System.Globalization;
using Digest.Cli.Analysis;
using Digest.Extractor.Graph.Cards;
using Digest.Extractor.Model;
using Spectre.Console;

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
        return new AnalysisRunner(console).Run(parseResult.GetValue(ShowCommandDefinition.Graph)!, parseResult.GetValue(ShowCommandDefinition.Timings), (graph, output) =>
        {
            if (AnalysisRunner.Resolve(graph, parseResult.GetValue(ShowCommandDefinition.Name)!, output) is not { } entity)
            {
                return AnalysisRunner.UnknownName;
            }

            var card = new EntityCards(graph).For(entity);
            if (parseResult.GetValue(ShowCommandDefinition.Format) == OutputFormat.Json)
            {
                JsonOutput.Write(output.Out, new
                {
                    Entity = JsonOutput.Entity(entity),
                    Aliases = entity.Aliases,
                    entity.MentionCount,
                    card.Metrics,
                    card.Articles,
                    Outgoing = card.Outgoing.Select(r => JsonOutput.Relation(r.Relation)),
                    Incoming = card.Incoming.Select(r => JsonOutput.Relation(r.Relation)),
                });
                return 0;
            }

            Print(output.Out, card, limit);
            return 0;
        }, parseResult.GetValue(ShowCommandDefinition.Repeat), [parseResult.GetValue(ShowCommandDefinition.Name)!]);
    }

    private static void Print(TextWriter output, EntityCard card, int limit)
    {
        var ansi = ConsoleFactory.Create(output);
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
            ansi.WriteLine($"{label,-9} {value}");
        }

        ansi.WriteLine();
        ansi.WriteLine("Articles:");
        foreach (var article in card.Articles.Take(limit))
        {
            ansi.WriteLine($"  {article.Title} ({article.Mentions}x)");
        }

        More(ansi, card.Articles.Count, limit);
        PrintRelations(ansi, "Relations out", card.Outgoing, limit, outgoing: true);
        PrintRelations(ansi, "Relations in", card.Incoming, limit, outgoing: false);
    }

    private static void PrintRelations(IAnsiConsole ansi, string heading, IReadOnlyList<CardRelation> relations, int limit, bool outgoing)
    {
        var tree = new Tree(new Text($"{heading}: {relations.Count}"));
        foreach (var relation in relations.Take(limit))
        {
            var type = SchemaNames.Name(relation.Relation.Type);
            var other = $"{relation.Other.Name} ({SchemaNames.Label(relation.Other.Type)})";
            var confidence = relation.Relation.Confidence.ToString(CultureInfo.InvariantCulture);
            var node = tree.AddNode(new Text(outgoing ? $"-[{type}]-> {other}  confidence {confidence}" : $"<-[{type}]- {other}  confidence {confidence}"));
            foreach (var evidence in relation.Relation.Evidence)
            {
                node.AddNode(new Text($"\"{evidence.Sentence}\" ({evidence.ArticleId}; cue {evidence.Cue})"));
            }
        }

        ansi.WriteLine();
        ansi.Write(tree);
        More(ansi, relations.Count, limit);
    }

    private static void More(IAnsiConsole ansi, int count, int limit)
    {
        if (count > limit)
        {
            ansi.WriteLine($"  ... {count - limit} more (raise --count, or use --format json)");
        }
    }
}
