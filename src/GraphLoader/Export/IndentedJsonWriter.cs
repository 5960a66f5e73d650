namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes JSON laid out byte for byte as <see cref="System.Text.Json.Utf8JsonWriter"/> lays it out
/// with <see cref="JsonExporter.WriterOptions"/> (two-space indent, <c>\n</c>, <c>"name": value</c>,
/// empty containers as <c>[]</c>), straight into a <see cref="Utf8Output"/>: property names are
/// UTF-8 literals that need no escape, strings go through <see cref="JsonStrings"/>. Not
/// thread-safe: one per export.
/// </summary>
/// <param name="output">The output.</param>
internal sealed class IndentedJsonWriter(Utf8Output output)
{
    private const int IndentSize = 2;

    private readonly JsonStrings _strings = new();
    private int _depth;
    private bool _empty = true;

    /// <summary>A writer continuing inside <paramref name="depth"/> open containers, to write a record on its own as it is written in place.</summary>
    /// <param name="output">The output.</param>
    /// <param name="depth">How many containers are open around it.</param>
    public IndentedJsonWriter(Utf8Output output, int depth)
        : this(output) => _depth = depth;

    /// <summary>Starts an object (an item of an array, or the root).</summary>
    public void WriteStartObject()
    {
        Separate();
        Open((byte)'{');
    }

    /// <summary>
    /// Writes what goes before an array item (a comma after an earlier one, a new indented line): the
    /// item itself follows as raw bytes (a record copied from the last export) or through <see cref="OpenObject"/>.
    /// </summary>
    public void StartItem() => Separate();

    /// <summary>Opens an object whose <see cref="StartItem"/> was written.</summary>
    public void OpenObject() => Open((byte)'{');

    /// <summary>Goes on inside an object whose opening and first properties were copied: the next property follows them.</summary>
    public void ContinueObject()
    {
        _depth++;
        _empty = false;
    }

    /// <summary>Ends the innermost object.</summary>
    public void WriteEndObject() => Close((byte)'}');

    /// <summary>Starts an array property.</summary>
    /// <param name="name">The property name.</param>
    public void WriteStartArray(ReadOnlySpan<byte> name)
    {
        WriteName(name);
        Open((byte)'[');
    }

    /// <summary>Ends the innermost array.</summary>
    public void WriteEndArray() => Close((byte)']');

    /// <summary>A string property; null writes <c>null</c>.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value.</param>
    public void WriteString(ReadOnlySpan<byte> name, string? value)
    {
        WriteName(name);
        if (value is null)
        {
            output.Write("null"u8);
        }
        else
        {
            _strings.Write(output, value);
        }
    }

    /// <summary>A string in an array.</summary>
    /// <param name="value">The value.</param>
    public void WriteStringValue(string value)
    {
        Separate();
        _strings.Write(output, value);
    }

    /// <summary>An integer property.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value.</param>
    public void WriteNumber(ReadOnlySpan<byte> name, int value)
    {
        WriteName(name);
        output.Write(value);
    }

    /// <summary>A number property from its formatted UTF-8.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="number">The number as the writer formats it.</param>
    public void WriteRawNumber(ReadOnlySpan<byte> name, ReadOnlySpan<byte> number)
    {
        WriteName(name);
        output.Write(number);
    }

    /// <summary>A boolean property.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value.</param>
    public void WriteBoolean(ReadOnlySpan<byte> name, bool value)
    {
        WriteName(name);
        output.Write(value ? "true"u8 : "false"u8);
    }

    private void WriteName(ReadOnlySpan<byte> name)
    {
        Separate();
        output.Write((byte)'"');
        output.Write(name);
        output.Write("\": "u8);
    }

    /// <summary>What goes before a property or an array item: a comma after an earlier one, then a new indented line.</summary>
    private void Separate()
    {
        if (!_empty)
        {
            output.Write((byte)',');
        }

        if (_depth > 0)
        {
            NewLine(_depth);
        }

        _empty = false;
    }

    private void Open(byte bracket)
    {
        output.Write(bracket);
        _depth++;
        _empty = true;
    }

    private void Close(byte bracket)
    {
        _depth--;
        if (!_empty)
        {
            NewLine(_depth);
        }

        output.Write(bracket);
        _empty = false;
    }

    private void NewLine(int depth)
    {
        output.Write((byte)'\n');
        for (var spaces = depth * IndentSize; spaces > 0; spaces -= Spaces.Length)
        {
            output.Write(Spaces[..Math.Min(spaces, Spaces.Length)]);
        }
    }

    private static ReadOnlySpan<byte> Spaces => "                "u8;
}
