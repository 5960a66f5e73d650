namespace Digest.Extractor.Graph.Rankings;

/// <summary>
/// PageRank over the typed relations, as networkx computes it: damping 0.85, parallel relations
/// add weight, an entity with no outgoing relation spreads its rank evenly over all entities;
/// iterates until the total change is below 1e-10 (at most 200 rounds). Scores sum to 1.
/// </summary>
public static class PageRank
{
    /// <summary>The damping factor.</summary>
    public const double Damping = 0.85;

    private const double Tolerance = 1e-10;
    private const int MaxRounds = 200;

    /// <summary>The score of every entity, by position in <see cref="GraphTopology.EntityIds"/>.</summary>
    /// <param name="topology">The graph's links.</param>
    public static double[] Compute(GraphTopology topology)
    {
        var index = topology.Index;
        var n = index.Count;
        if (n == 0)
        {
            return [];
        }

        var outWeight = new double[n];
        for (var v = 0; v < n; v++)
        {
            for (var k = index.OutStart[v]; k < index.OutStart[v + 1]; k++)
            {
                outWeight[v] += index.OutWeight[k];
            }
        }

        var rank = new double[n];
        var next = new double[n];
        Array.Fill(rank, 1.0 / n);
        for (var round = 0; round < MaxRounds; round++)
        {
            var dangling = 0.0;
            for (var v = 0; v < n; v++)
            {
                if (outWeight[v] == 0)
                {
                    dangling += rank[v];
                }
            }

            Array.Fill(next, ((1 - Damping) / n) + (Damping * dangling / n));
            for (var v = 0; v < n; v++)
            {
                if (outWeight[v] == 0)
                {
                    continue;
                }

                var share = Damping * rank[v] / outWeight[v];
                for (var k = index.OutStart[v]; k < index.OutStart[v + 1]; k++)
                {
                    next[index.OutNeighbor[k]] += share * index.OutWeight[k];
                }
            }

            var change = 0.0;
            for (var v = 0; v < n; v++)
            {
                change += Math.Abs(next[v] - rank[v]);
            }

            (rank, next) = (next, rank);
            if (change < Tolerance)
            {
                break;
            }
        }

        return rank;
    }
}
