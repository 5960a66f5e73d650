using Digest.GraphLoader.Export;
using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Tests.Export;

/// <summary>
/// Copies from the last export interleaved with written bytes, as the record exporters make them:
/// short and long copies (through the buffer, and file to file in the kernel where the output is a
/// file), runs extended by the copy that follows, and bytes taken back because a copy writes them.
/// </summary>
public sealed class Utf8OutputCopyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("digest-copy-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    [InlineData(true, 2)]
    public void Should_Write_Copies_And_Bytes_In_Order_However_They_Interleave(bool toFile, int seed)
    {
        var random = new Random(seed);
        var source = new byte[600_000];
        random.NextBytes(source);
        var sourcePath = Path.Combine(_dir, "last");
        File.WriteAllBytes(sourcePath, source);
        var outPath = Path.Combine(_dir, "out");
        var expected = new List<byte>();
        using (var last = new LastExport(File.OpenHandle(sourcePath)))
        using (Stream stream = toFile ? new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0) : new MemoryStream())
        {
            var output = new Utf8Output(stream, 4096);
            var lastEnd = -1;
            for (var step = 0; step < 3000; step++)
            {
                var offset = random.Next(source.Length);
                var length = Math.Min(source.Length - offset, random.Next(8) == 0 ? random.Next(200_000) : random.Next(300));
                switch (random.Next(4))
                {
                    case 0:
                        var bytes = source.AsSpan(random.Next(source.Length - 300), random.Next(300));
                        output.Write(bytes);
                        expected.AddRange(bytes);
                        break;
                    case 1:
                        output.Copy(last, offset, length);
                        expected.AddRange(source.AsSpan(offset, length));
                        lastEnd = offset + length;
                        break;
                    case 2 when lastEnd >= 0:
                        // The bytes right after the last copy, written and then taken back for a copy of them: the run goes on.
                        var gap = Math.Min(source.Length - lastEnd, random.Next(20));
                        output.Write(source.AsSpan(lastEnd, gap));
                        Assert.True(output.TryGetLast(gap, out var written));
                        Assert.True(written.SequenceEqual(source.AsSpan(lastEnd, gap)));
                        output.Unwrite(gap);
                        length = Math.Min(source.Length - lastEnd, length);
                        output.Copy(last, lastEnd, length);
                        expected.AddRange(source.AsSpan(lastEnd, length));
                        lastEnd += length;
                        break;
                    default:
                        lastEnd = -1;
                        break;
                }

                Assert.Equal(expected.Count, output.Position);
            }

            output.Flush();
            if (stream is MemoryStream memory)
            {
                Assert.Equal(expected, memory.ToArray());
                return;
            }
        }

        Assert.Equal(expected, File.ReadAllBytes(outPath));
    }

    [Fact]
    public void Should_Not_Take_Back_Bytes_Handed_To_The_Stream_Or_Written_Before_A_Copy()
    {
        var sourcePath = Path.Combine(_dir, "last");
        File.WriteAllBytes(sourcePath, new byte[100]);
        using var last = new LastExport(File.OpenHandle(sourcePath));
        var output = new Utf8Output(new MemoryStream(), 16);

        output.Write("0123456789"u8);
        output.Copy(last, 0, 10);
        output.Write("ab"u8);

        Assert.True(output.TryGetLast(2, out _));
        Assert.False(output.TryGetLast(3, out _));
        Assert.Throws<InvalidOperationException>(() => output.Unwrite(3));
        output.Write("cdefghijklmnopqrstuvwxyz"u8);
        Assert.False(output.TryGetLast(20, out _));
    }
}
