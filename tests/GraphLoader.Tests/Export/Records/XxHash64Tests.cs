using System.Text;
using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Tests.Export.Records;

public sealed class XxHash64Tests
{
    // Reference values from the xxHash library (xxhash-wasm h64), covering the short and the 32-byte-stripe paths.
    [Theory]
    [InlineData("", 0UL, 0xEF46DB3751D8E999UL)]
    [InlineData("a", 0UL, 0xD24EC4F1A98C6E5BUL)]
    [InlineData("abc", 0UL, 0x44BC2CF5AD770999UL)]
    [InlineData("Nobody inspects the spammish repetition", 0UL, 0xFBCEA83C8A378BF1UL)]
    [InlineData("The quick brown fox jumps over the lazy dog, then naps: 0123456789!", 42UL, 0x68A1F4644BB4C304UL)]
    public void Should_Give_The_Reference_Xxh64_Of_Text(string text, ulong seed, ulong expected) =>
        Assert.Equal(expected, XxHash64.Hash(Encoding.UTF8.GetBytes(text), seed));
}
