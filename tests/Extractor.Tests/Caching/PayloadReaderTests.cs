using Digest.Extractor.Caching;

namespace Digest.Extractor.Tests.Caching;

public sealed class PayloadReaderTests
{
    [Fact]
    public void Should_Read_Back_What_A_BinaryWriter_Wrote()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(0);
            writer.Write7BitEncodedInt(300);
            writer.Write7BitEncodedInt(int.MaxValue);
            writer.Write("提出了 Transformer 模型");
            writer.Write(string.Empty);
            writer.Write((byte)7);
            writer.Write(0.1 + 0.2);
        }

        var reader = new PayloadReader(stream.ToArray());

        Assert.Equal(0, reader.Read7BitEncodedInt());
        Assert.Equal(300, reader.Read7BitEncodedInt());
        Assert.Equal(int.MaxValue, reader.Read7BitEncodedInt());
        Assert.Equal("提出了 Transformer 模型", reader.ReadString());
        Assert.Equal(string.Empty, reader.ReadString());
        Assert.Equal(7, reader.ReadByte());
        Assert.Equal(0.1 + 0.2, reader.ReadDouble());
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Should_Reject_A_String_Longer_Than_What_Is_Left()
    {
        // Length 5, then only two bytes.
        Assert.Throws<InvalidDataException>(() => new PayloadReader(new byte[] { 5, (byte)'a', (byte)'b' }).ReadString());
    }

    [Fact]
    public void Should_Reject_A_Count_Larger_Than_The_Payload()
    {
        Assert.Throws<InvalidDataException>(() => new PayloadReader(new byte[] { 0x64 }).ReadCount());
    }

    [Fact]
    public void Should_Reject_An_Integer_Of_More_Than_Five_Bytes()
    {
        Assert.Throws<InvalidDataException>(() => new PayloadReader(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x01 }).Read7BitEncodedInt());
    }
}
