namespace Digest.GraphLoader.Export;

/// <summary>Compares doubles by their bits, so 0.0 and -0.0 (which format differently) stay apart.</summary>
internal sealed class BitwiseDoubleComparer : IEqualityComparer<double>
{
    /// <summary>The one instance.</summary>
    public static BitwiseDoubleComparer Instance { get; } = new();

    /// <inheritdoc />
    public bool Equals(double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y);

    /// <inheritdoc />
    public int GetHashCode(double obj) => BitConverter.DoubleToInt64Bits(obj).GetHashCode();
}
