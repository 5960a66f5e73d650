using Digest.Extractor.Model;

namespace Digest.Extractor.Knowledge;

/// <summary>A known entity: its canonical name, type and other names.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Type">The type.</param>
/// <param name="Aliases">Other names (long form, Chinese name, spellings).</param>
public sealed record LexiconEntry(string Name, EntityType Type, EquatableArray<string> Aliases)
{
    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
