namespace Digest.Extractor.Knowledge;

/// <summary>The lines of a data file that carry data: not blank, not a <c>#</c> comment, with their 1-based numbers for errors.</summary>
internal static class DataLines
{
    public static IEnumerable<(int Number, string Line)> Read(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return (number, line);
            }
        }
    }
}
