using System.Diagnostics;
using System.Text.Json;
using Digest.Tests.Shared;

namespace Digest.GraphLoader.Tests.Cypher;

/// <summary>Runs Neo4j's own Cypher parser (npm <c>@neo4j-cypher/language-support</c>, installed by test.sh from tools/cypher-lint) on statements.</summary>
internal static class CypherLint
{
    // Statements already checked (the parser takes a good part of a second per statement), with their errors.
    private static readonly Dictionary<string, IReadOnlyList<string>> Checked = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Errors(IEnumerable<(string Name, string Statement)> statements)
    {
        var list = statements.ToList();
        lock (Checked)
        {
            var fresh = list.Where(s => !Checked.ContainsKey(s.Statement)).DistinctBy(s => s.Statement).ToList();
            if (fresh.Count > 0)
            {
                var errors = Run(fresh);
                foreach (var (name, statement) in fresh)
                {
                    Checked[statement] = errors.Where(e => e.StartsWith(name + ":", StringComparison.Ordinal)).ToList();
                }
            }

            return list.SelectMany(s => Checked[s.Statement]).Distinct().ToList();
        }
    }

    private static List<string> Run(List<(string Name, string Statement)> statements)
    {
        var tool = Path.Combine(RepoPaths.Root, "tools", "cypher-lint");
        Assert.True(Directory.Exists(Path.Combine(tool, "node_modules", "@neo4j-cypher")), "run `npm ci` in tools/cypher-lint (test.sh does)");
        var info = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = tool };
        info.ArgumentList.Add("lint.js");
        using var process = Process.Start(info)!;
        process.StandardInput.Write(JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, statement = s.Statement })));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(output.Result.StartsWith('['), "lint.js failed: " + error.Result);
        return JsonDocument.Parse(output.Result).RootElement.EnumerateArray()
            .Select(e => $"{e.GetProperty("name").GetString()}:{e.GetProperty("line")}:{e.GetProperty("column")}: {e.GetProperty("message").GetString()}")
            .ToList();
    }
}
