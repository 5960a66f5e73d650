namespace Digest.Tests.Shared;

/// <summary>Paths to the repository and to ../shared beside it (CI lays shared/ next to the clone).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SampleDigest => Path.Combine(Shared, "sample", "digest-sample.txt");

    public static string SampleGold => Path.Combine(Shared, "sample", "gold.json");

    public static string Corpus => Path.Combine(Shared, "corpus", "arxiv-zh-digest.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Digest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Digest.sln not found above " + AppContext.BaseDirectory);
    }
}
