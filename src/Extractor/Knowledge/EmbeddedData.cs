namespace Digest.Extractor.Knowledge;

/// <summary>The data files shipped inside the assembly (<c>src/Extractor/Data</c>).</summary>
internal static class EmbeddedData
{
    public static TextReader Open(string fileName)
    {
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("Digest.Data." + fileName)
            ?? throw new InvalidOperationException($"embedded data file {fileName} is missing from the build");
        return new StreamReader(stream);
    }

    public static string ReadAll(string fileName)
    {
        using var reader = Open(fileName);
        return reader.ReadToEnd();
    }
}
