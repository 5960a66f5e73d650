using System.Text;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Tests.Export;

public sealed class EncodingCacheTests
{
    [Fact]
    public void Should_Encode_Each_Distinct_Value_Once_And_Return_Its_Bytes_Every_Time()
    {
        var calls = 0;
        var cache = new EncodingCache<string>(
            (output, text) =>
            {
                calls++;
                output.Write(text.ToUpperInvariant());
            },
            StringComparer.Ordinal);

        var first = cache.Get("基于 RoPE");
        var again = cache.Get("基于 RoPE");
        var other = cache.Get("uses MLA");

        Assert.Equal("基于 ROPE", Encoding.UTF8.GetString(first));
        Assert.Equal(first, again);
        Assert.Equal("USES MLA", Encoding.UTF8.GetString(other));
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Should_Keep_Zero_And_Negative_Zero_Apart_When_Keyed_By_Bits()
    {
        var cache = new EncodingCache<double>(
            (output, value) => output.Write(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
            BitwiseDoubleComparer.Instance);

        Assert.Equal("0", Encoding.UTF8.GetString(cache.Get(0.0)));
        Assert.Equal("-0", Encoding.UTF8.GetString(cache.Get(-0.0)));
        Assert.True(BitwiseDoubleComparer.Instance.Equals(double.NaN, double.NaN));
    }
}
