using System.Text.RegularExpressions;

namespace Digest.Extractor.Stages.Resolution;

/// <summary>Rules on surface forms: plural acronyms, scripts, specificity.</summary>
public static partial class SurfaceForms
{
    /// <summary>The singular of a plural acronym (<c>LLMs</c> → <c>LLM</c>, <c>ADEs</c> → <c>ADE</c>), else the surface.</summary>
    /// <param name="surface">A surface form.</param>
    /// <returns>The same string instance when it is not a plural acronym.</returns>
    public static string Singular(string surface) =>
        MayBePlural(surface) && PluralAcronym().IsMatch(surface) ? surface[..^1] : surface;

    /// <summary>Whether the name is written in Latin script (letters, digits, spaces, punctuation).</summary>
    /// <param name="name">A name.</param>
    public static bool IsLatin(string name)
    {
        var letter = false;
        foreach (var c in name)
        {
            if (c >= 0x2E80)
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    /// <summary>Whether the name is an acronym-like token such as <c>RoPE</c>, <c>NTK</c>, <c>S4</c>.</summary>
    /// <param name="name">A name.</param>
    public static bool IsAcronym(string name) => AcronymShape().IsMatch(name);

    /// <summary>A cheap test that lets most surfaces skip the regex: it ends in <c>s</c> (or in <c>s</c> and the line break <c>$</c> allows).</summary>
    private static bool MayBePlural(string surface) => surface.Length >= 3 && surface[^1] is 's' or '\n';

    [GeneratedRegex(@"^\p{Lu}{2,}[0-9]*s$")]
    private static partial Regex PluralAcronym();

    [GeneratedRegex(@"^(?=(?:.*\p{Lu}){2})[\p{L}\p{N}\-]{2,12}$")]
    private static partial Regex AcronymShape();
}
