using System.Collections;
using System.Globalization;
using System.Text;

namespace Digest.GraphLoader.Cypher;

/// <summary>Formats parameter values as Cypher literals for <c>:param</c> lines of a script (values only: never statement text).</summary>
public static class CypherLiteral
{
    /// <summary>Formats a value: string, number, boolean, null, list, or map with identifier keys.</summary>
    /// <param name="value">The value.</param>
    public static string Format(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                AppendString(builder, s);
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case int or long:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double d:
                builder.Append(d.ToString("0.0###############", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                builder.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    builder.Append(first ? string.Empty : ", ").Append(key).Append(": ");
                    Append(builder, item);
                    first = false;
                }

                builder.Append('}');
                break;
            case IEnumerable list:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    builder.Append(firstItem ? string.Empty : ", ");
                    Append(builder, item);
                    firstItem = false;
                }

                builder.Append(']');
                break;
            default:
                throw new ArgumentException($"cannot write a {value.GetType().Name} as a Cypher literal", nameof(value));
        }
    }

    private static void AppendString(StringBuilder builder, string s)
    {
        builder.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
