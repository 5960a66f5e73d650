using Digest.Extractor.Graph;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Graph.Metrics;

public sealed class StoredMetricsTests
{
    private static (GraphTopology Topology, byte[] Fingerprint, IReadOnlyList<EntityMetrics> Metrics, byte[] File) Stored()
    {
        var topology = GraphMetrics.TopologyOf(SharedSampleGraph.Data);
        var fingerprint = MetricsFingerprint.Of(topology);
        var metrics = GraphMetrics.Compute(topology);
        using var stream = new MemoryStream();
        StoredMetrics.Write(stream, fingerprint, metrics);
        return (topology, fingerprint, metrics, stream.ToArray());
    }

    [Fact]
    public void Should_Read_Back_Exactly_The_Written_Metrics_Of_The_Shared_Sample()
    {
        var (topology, fingerprint, metrics, file) = Stored();

        var reused = StoredMetrics.TryRead(file, topology, fingerprint, out var read, out var problem);

        Assert.True(reused);
        Assert.Null(problem);
        Assert.Equal(metrics, read);
        Assert.Contains(metrics, m => m.PageRank != 0 && m.Betweenness != 0 && m.Community != m.EntityId && m.LineageDepth != 0);
    }

    [Fact]
    public void Should_Refuse_The_Metrics_Without_A_Problem_When_The_Shared_Sample_Links_Changed()
    {
        var (_, _, _, file) = Stored();
        var data = SharedSampleGraph.Data;
        var fewer = GraphMetrics.TopologyOf(data with { Relations = EquatableArray<Relation>.From(data.Relations.Skip(1)) });

        var reused = StoredMetrics.TryRead(file, fewer, MetricsFingerprint.Of(fewer), out var read, out var problem);

        Assert.False(reused);
        Assert.Null(read);
        Assert.Null(problem);
    }

    [Fact]
    public void Should_Name_The_Damage_When_A_Stored_Byte_Of_The_Shared_Sample_Metrics_Flips_Or_The_File_Is_Cut()
    {
        var (topology, fingerprint, _, file) = Stored();
        var flipped = (byte[])file.Clone();
        flipped[flipped.Length / 2] ^= 0x5A;

        Assert.False(StoredMetrics.TryRead(flipped, topology, fingerprint, out _, out var flippedProblem));
        Assert.False(StoredMetrics.TryRead(file.AsSpan(0, file.Length - 5), topology, fingerprint, out _, out var cutProblem));
        Assert.False(StoredMetrics.TryRead(file.AsSpan(0, 20), topology, fingerprint, out _, out var stubProblem));
        Assert.Equal("checksum mismatch", flippedProblem);
        Assert.Equal("checksum mismatch", cutProblem);
        Assert.Equal("not a metrics file", stubProblem);
    }

    [Fact]
    public void Should_Refuse_To_Store_A_Community_Named_By_None_Of_Its_Leading_Members()
    {
        var (_, fingerprint, metrics, _) = Stored();
        var follower = metrics.First(m => m.Community != m.EntityId);
        var misnamed = metrics.Select(m => m == follower ? m with { Community = "method:not-in-the-graph" } : m).ToList();

        var error = Assert.Throws<ArgumentException>(() => StoredMetrics.Write(new MemoryStream(), fingerprint, misnamed));

        Assert.Contains(follower.EntityId, error.Message);
    }
}
