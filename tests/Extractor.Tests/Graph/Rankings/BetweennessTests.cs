using Digest.Extractor.Graph;
using Digest.Extractor.Graph.Rankings;

namespace Digest.Extractor.Tests.Graph.Rankings;

public sealed class BetweennessTests
{
    [Fact]
    public void Should_Give_The_Middle_Of_A_Chain_All_The_Paths()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B BUILDS_ON C");

        var score = Betweenness.Compute(graph.Topology);

        Assert.Equal(1.0, graph.Of(score, "B"), 12);
        Assert.Equal(0.0, graph.Of(score, "A"), 12);
    }

    [Fact]
    public void Should_Split_The_Paths_Across_A_Diamond()
    {
        // Ignoring direction the diamond is a 4-cycle: B and C each carry half of the pair (A, D),
        // A and D half of (B, C); normalised by the 3 pairs a node can sit between.
        var graph = TestGraphs.Build("D BUILDS_ON B", "D BUILDS_ON C", "B BUILDS_ON A", "C BUILDS_ON A");

        var score = Betweenness.Compute(graph.Topology);

        Assert.Equal(0.5 / 3, graph.Of(score, "B"), 12);
        Assert.Equal(0.5 / 3, graph.Of(score, "C"), 12);
        Assert.Equal(0.5 / 3, graph.Of(score, "A"), 12);
    }

    [Fact]
    public void Should_Make_The_Centre_Of_A_Star_The_Only_Bridge()
    {
        var graph = TestGraphs.Build("A USES C", "B USES C", "D USES C", "E USES C");

        var score = Betweenness.Compute(graph.Topology);

        Assert.Equal(1.0, graph.Of(score, "C"), 12);
        Assert.Equal(0.0, score.Sum() - 1.0, 12);
    }

    [Fact]
    public void Should_Count_Leaves_As_Ends_Of_Paths_When_They_Hang_Off_A_Cycle()
    {
        // A square A-B-C-D with leaves E, F on C and G on A: two shortest paths lead from each
        // leaf across the square, so the leaves' parents carry split path counts. Expected values
        // from networkx.betweenness_centrality.
        var graph = TestGraphs.Build("A USES B", "B USES C", "C USES D", "D USES A", "E USES C", "F USES C", "G USES A");

        var score = Betweenness.Compute(graph.Topology);

        Assert.Equal(0.36666666666666664, graph.Of(score, "A"), 12);
        Assert.Equal(0.2, graph.Of(score, "B"), 12);
        Assert.Equal(0.6333333333333333, graph.Of(score, "C"), 12);
        Assert.Equal(0.2, graph.Of(score, "D"), 12);
        Assert.Equal(0.0, graph.Of(score, "E"), 12);
        Assert.Equal(0.0, graph.Of(score, "G"), 12);
    }

    [Fact]
    public void Should_Count_A_Leaf_Source_Out_Of_Its_Neighbours_Leaves()
    {
        // A star C with leaves A, B, D plus a separate pair E-F (two leaves of each other): from source A, C carries the
        // paths to B and D but not back to A; E and F carry nothing. Expected values from networkx.betweenness_centrality.
        var graph = TestGraphs.Build("A USES C", "B USES C", "D USES C", "E USES F");

        var score = Betweenness.Compute(graph.Topology);

        Assert.Equal(0.3, graph.Of(score, "C"), 12);
        Assert.Equal(0.0, graph.Of(score, "A"), 12);
        Assert.Equal(0.0, graph.Of(score, "E"), 12);
        Assert.Equal(0.0, graph.Of(score, "F"), 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Should_Match_Textbook_Brandes_On_Graphs_Full_Of_Leaves(int seed)
    {
        // A random core with trees, stars, pairs and isolated entities hung on it, so leaves are sources, neighbours of
        // sources and ends of paths in every combination.
        var random = new Random(seed);
        var lines = new List<string>();
        const int n = 120;
        for (var i = 1; i < n; i++)
        {
            var kind = random.Next(10);
            if (kind < 6)
            {
                lines.Add($"N{i} USES N{random.Next(i)}");
            }
            else if (kind < 8)
            {
                lines.Add($"N{i} USES N{random.Next(Math.Min(i, 10))}");
                lines.Add($"N{i} BUILDS_ON N{random.Next(i)}");
            }
            else if (kind < 9 && i % 2 == 1)
            {
                lines.Add($"N{i} USES N{i + 1}");
            }
            else
            {
                lines.Add($"N{i}");
            }
        }

        var graph = TestGraphs.Build([.. lines]);

        var score = Betweenness.Compute(graph.Topology);

        var expected = TextbookBrandes(graph.Index);
        for (var v = 0; v < expected.Length; v++)
        {
            Assert.Equal(expected[v], score[v], 12);
        }
    }

    /// <summary>Brandes' algorithm as published (BFS with predecessor lists and a stack), every entity a source, normalised as networkx does.</summary>
    private static double[] TextbookBrandes(GraphIndex index)
    {
        var n = index.Count;
        var total = new double[n];
        for (var s = 0; s < n; s++)
        {
            var stack = new Stack<int>();
            var predecessors = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
            var paths = new double[n];
            var distance = Enumerable.Repeat(-1, n).ToArray();
            paths[s] = 1;
            distance[s] = 0;
            var queue = new Queue<int>([s]);
            while (queue.TryDequeue(out var v))
            {
                stack.Push(v);
                foreach (var w in index.Neighbors(v))
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue.Enqueue(w);
                    }

                    if (distance[w] == distance[v] + 1)
                    {
                        paths[w] += paths[v];
                        predecessors[w].Add(v);
                    }
                }
            }

            var dependency = new double[n];
            while (stack.TryPop(out var w))
            {
                foreach (var v in predecessors[w])
                {
                    dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                }

                if (w != s)
                {
                    total[w] += dependency[w];
                }
            }
        }

        return total.Select(t => t / ((n - 1.0) * (n - 2.0))).ToArray();
    }
}
