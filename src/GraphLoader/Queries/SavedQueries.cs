using System.Text.RegularExpressions;

namespace Digest.GraphLoader.Queries;

/// <summary>
/// The saved queries of the repository's <c>queries/</c> folder, embedded in this assembly at build
/// time so <c>digest query</c> works from any folder; the same files open unchanged in Neo4j Browser.
/// </summary>
public static partial class SavedQueries
{
    private const string ResourcePrefix = "queries/";

    private static readonly Lazy<IReadOnlyList<SavedQuery>> Loaded = new(LoadAll);

    /// <summary>Every saved query, by name.</summary>
    public static IReadOnlyList<SavedQuery> All => Loaded.Value;

    /// <summary>Finds a query by name.</summary>
    /// <param name="name">The name.</param>
    public static SavedQuery? Find(string name) => All.FirstOrDefault(q => q.Name == name);

    /// <summary>Parses a query file.</summary>
    /// <param name="fileName">The file name, e.g. <c>lineage.cypher</c>.</param>
    /// <param name="text">The file's text.</param>
    /// <exception cref="FormatException">The header is missing its name or description, or names another file.</exception>
    public static SavedQuery Parse(string fileName, string text)
    {
        string? name = null;
        string? description = null;
        var parameters = new List<SavedQueryParameter>();
        var body = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var header = HeaderLine().Match(line);
            if (body.Count > 0 || !header.Success)
            {
                if (body.Count > 0 || line.Trim().Length > 0)
                {
                    body.Add(line);
                }

                continue;
            }

            var value = header.Groups[2].Value.Trim();
            switch (header.Groups[1].Value)
            {
                case "name":
                    name = value;
                    break;
                case "description":
                    description = value;
                    break;
                case "param":
                    var p = ParamLine().Match(value);
                    parameters.Add(p.Success
                        ? new SavedQueryParameter(p.Groups[1].Value, p.Groups[2].Value, p.Groups[3].Success ? p.Groups[3].Value : null, p.Groups[4].Value)
                        : throw new FormatException($"{fileName}: bad parameter line '{value}' (expected: name (string|int|float[, default v]) description)"));
                    break;
            }
        }

        var expected = Path.GetFileNameWithoutExtension(fileName);
        if (name != expected || description is null)
        {
            throw new FormatException($"{fileName}: the header needs '// name: {expected}' and '// description: …'");
        }

        return new SavedQuery(name, description, parameters, string.Join("\n", body).Trim(), text);
    }

    private static IReadOnlyList<SavedQuery> LoadAll()
    {
        var assembly = typeof(SavedQueries).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return Parse(n[ResourcePrefix.Length..], reader.ReadToEnd());
            })
            .ToList();
    }

    [GeneratedRegex(@"^//\s*(name|description|param):(.*)$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^(\w+)\s+\((string|int|float)(?:,\s*default\s+([^)]+))?\)\s*(.*)$")]
    private static partial Regex ParamLine();
}
