using Digest.Cli.Analysis;
using Digest.Extractor.Graph.Lineage;
using Digest.Extractor.Graph.Paths;

namespace Digest.Cli.Tests.Analysis;

public sealed class AnswerWarmupTests
{
    [Fact]
    public void Should_Hold_The_Looked_Up_Names_Linked_So_Lineage_And_Path_Answers_Run_Their_Usual_Course()
    {
        var graph = AnswerWarmup.Graph(["InstructBLIP", "DeepSeek-V3"]);

        var from = graph.Names.Find("InstructBLIP").Entity!;
        var to = graph.Names.Find("deepseek v3").Entity!;
        var analysis = new LineageAnalysis(graph);

        Assert.Single(new PathFinder(graph).Shortest(from, to));
        Assert.Equal(1, analysis.Trace(from, LineageDirection.Up).Count);
        Assert.Equal(1, analysis.Trace(from, LineageDirection.Down).Count);
        Assert.NotEmpty(analysis.Roots());
        Assert.True(graph.HasMetrics);
        Assert.NotEmpty(graph.MentionsOf(from.Id));
    }

    [Fact]
    public void Should_Build_A_Linked_Graph_When_The_Command_Names_No_Entity()
    {
        var graph = AnswerWarmup.Graph([]);

        Assert.NotEmpty(new LineageAnalysis(graph).Roots());
        Assert.Equal(4, graph.Entities.Count);
    }

    [Fact]
    public async Task Should_Answer_On_The_Made_Up_Graph_Only_For_A_Graph_Large_Enough_To_Hide_It()
    {
        var names = new List<string>();
        var dir = Directory.CreateTempSubdirectory("digest-warmup-").FullName;
        try
        {
            var small = Path.Combine(dir, "small.json");
            var large = Path.Combine(dir, "large.json");
            File.WriteAllText(small, "{}");
            using (var stream = File.Create(large))
            {
                stream.SetLength(AnswerWarmup.MinimumGraphBytes);
            }

            Func<Digest.Extractor.Graph.KnowledgeGraph, CliConsole, int> answer = (graph, output) =>
            {
                lock (names)
                {
                    names.Add(graph.Names.Find("Mamba").Entity!.Name);
                }

                output.Out.WriteLine("nowhere");
                return 0;
            };

            Assert.Null(AnswerWarmup.Start(small, ["Mamba"], answer));
            Assert.Null(AnswerWarmup.Start(Path.Combine(dir, "missing.json"), ["Mamba"], answer));
            await AnswerWarmup.Start(large, ["Mamba"], answer)!;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        Assert.Equal(["Mamba"], names);
    }
}
