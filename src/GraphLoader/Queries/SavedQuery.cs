using System.Globalization;

namespace Digest.GraphLoader.Queries;

/// <summary>A Cypher query shipped in <c>queries/*.cypher</c>: a header comment (name, description, parameters), then the statement.</summary>
/// <param name="Name">The name (the file name without <c>.cypher</c>).</param>
/// <param name="Description">What it answers.</param>
/// <param name="Parameters">The parameters it declares.</param>
/// <param name="Statement">The Cypher, without the header.</param>
/// <param name="Text">The whole file, as Neo4j Browser opens it.</param>
public sealed record SavedQuery(string Name, string Description, IReadOnlyList<SavedQueryParameter> Parameters, string Statement, string Text)
{
    /// <summary>Turns <c>name=value</c> arguments into typed parameters, adding defaults.</summary>
    /// <param name="values">The values given, by parameter name.</param>
    /// <exception cref="ArgumentException">An unknown or missing parameter, or a value of the wrong type.</exception>
    public IReadOnlyDictionary<string, object?> Bind(IReadOnlyDictionary<string, string> values)
    {
        foreach (var name in values.Keys)
        {
            if (!Parameters.Any(p => p.Name == name))
            {
                throw new ArgumentException($"query {Name} has no parameter '{name}' (it takes: {string.Join(", ", Parameters.Select(p => p.Name))})");
            }
        }

        var bound = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in Parameters)
        {
            var text = values.TryGetValue(parameter.Name, out var v) ? v
                : parameter.Default ?? throw new ArgumentException($"query {Name} needs --param {parameter.Name}=… ({parameter.Description})");
            bound[parameter.Name] = parameter.Type switch
            {
                "int" => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : throw new ArgumentException($"--param {parameter.Name}: '{text}' is not an integer"),
                "float" => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : throw new ArgumentException($"--param {parameter.Name}: '{text}' is not a number"),
                _ => text,
            };
        }

        return bound;
    }
}
