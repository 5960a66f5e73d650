using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Tests.Export;

/// <summary>What a <see cref="Utf8Output"/> writes, as bytes.</summary>
internal static class Utf8Bytes
{
    /// <summary>Runs <paramref name="write"/> on an output over a memory stream and returns the flushed bytes.</summary>
    public static byte[] Of(Action<Utf8Output> write)
    {
        using var bytes = new MemoryStream();
        var output = new Utf8Output(bytes);
        write(output);
        output.Flush();
        return bytes.ToArray();
    }
}
