using System.Runtime.CompilerServices;

namespace Digest.GraphLoader.Export.Snapshots;

/// <summary>One list of a snapshot (articles, entities …) as it is written: its records' little-endian values, strings as string table indexes.</summary>
internal sealed class SnapshotSection
{
    private readonly MemoryStream _stream = new();
    private readonly BinaryWriter _writer;

    /// <summary>Starts an empty section.</summary>
    public SnapshotSection() => _writer = new BinaryWriter(_stream, AnalysisSnapshot.Utf8, leaveOpen: true);

    /// <summary>The number of records written (each caller counts its records with <see cref="EndRecord"/>).</summary>
    public int Count { get; private set; }

    public void Int(int value) => _writer.Write(value);

    public void Long(long value) => _writer.Write(value);

    public void Double(double value) => _writer.Write(value);

    public void Bool(bool value) => _writer.Write(value);

    public void Enum<TEnum>(TEnum value)
        where TEnum : struct, Enum => _writer.Write(Unsafe.As<TEnum, int>(ref value));

    /// <summary>A list of string indexes: its count, then each.</summary>
    public void Indexes(List<int> indexes)
    {
        _writer.Write(indexes.Count);
        foreach (var index in indexes)
        {
            _writer.Write(index);
        }
    }

    /// <summary>Counts one record.</summary>
    public void EndRecord() => Count++;

    /// <summary>Appends the count and the records to <paramref name="output"/>.</summary>
    /// <param name="output">The snapshot's body.</param>
    public void CopyTo(BinaryWriter output)
    {
        _writer.Flush();
        output.Write(Count);
        output.Write(_stream.GetBuffer(), 0, checked((int)_stream.Length));
    }
}
