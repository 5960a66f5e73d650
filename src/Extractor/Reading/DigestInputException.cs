namespace Digest.Extractor.Reading;

/// <summary>Input that cannot be read: names the file and, where it applies, the line.</summary>
public sealed class DigestInputException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="path">The file or folder.</param>
    /// <param name="line">The 1-based line, or null when the whole file is at fault.</param>
    /// <param name="reason">What is wrong.</param>
    public DigestInputException(string path, int? line, string reason)
        : base(line is { } l ? $"{path}:{l}: {reason}" : $"{path}: {reason}")
    {
        Path = path;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file or folder at fault.</summary>
    public string Path { get; }

    /// <summary>The 1-based line at fault, if known.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }
}
