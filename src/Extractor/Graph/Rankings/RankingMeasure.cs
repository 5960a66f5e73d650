namespace Digest.Extractor.Graph.Rankings;

/// <summary>What entities are ranked by.</summary>
public enum RankingMeasure
{
    /// <summary>PageRank over the typed relations.</summary>
    PageRank,

    /// <summary>Relations in and out.</summary>
    Degree,

    /// <summary>Relations arriving.</summary>
    InDegree,

    /// <summary>Relations leaving.</summary>
    OutDegree,

    /// <summary>Betweenness centrality (bridges).</summary>
    Betweenness,
}
