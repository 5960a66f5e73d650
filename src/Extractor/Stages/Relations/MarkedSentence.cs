using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// A sentence with each entity mention replaced by one marker character, so that relation
/// templates read <c>{A}基于{B}</c> whatever the names. A name followed by a bracket that holds
/// only its own aliases (<c>神经切线核(NTK)</c>) becomes a single marker.
/// </summary>
internal sealed class MarkedSentence
{
    private MarkedSentence(string text, IReadOnlyList<LocalEntity> entities)
    {
        Text = text;
        Entities = entities;
    }

    /// <summary>The sentence with markers.</summary>
    public string Text { get; }

    /// <summary>The entity of each marker, by marker number.</summary>
    public IReadOnlyList<LocalEntity> Entities { get; }

    /// <summary>The entity a marker stands for.</summary>
    public LocalEntity EntityOf(char marker) => Entities[marker - RelationTemplate.FirstMarker];

    /// <summary>The entities of the markers in a piece of marked text, in order.</summary>
    public IEnumerable<LocalEntity> EntitiesIn(string markedText) =>
        markedText.Where(RelationTemplate.IsMarker).Select(EntityOf);

    /// <summary>Builds the marked form of a sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="occurrences">The entity mentions inside it.</param>
    public static MarkedSentence Build(Sentence sentence, IEnumerable<(LocalEntity Entity, Mention Mention)> occurrences)
    {
        var ordered = occurrences
            .Where(o => o.Mention.Start >= sentence.Start && o.Mention.End <= sentence.End)
            .OrderBy(o => o.Mention.Start)
            .ToList();
        var text = sentence.Text;
        var builder = new System.Text.StringBuilder(text.Length);
        var entities = new List<LocalEntity>();
        var position = 0;
        for (var i = 0; i < ordered.Count && entities.Count <= RelationTemplate.LastMarker - RelationTemplate.FirstMarker; i++)
        {
            var (entity, mention) = ordered[i];
            var start = mention.Start - sentence.Start;
            if (start < position)
            {
                continue;
            }

            builder.Append(text, position, start - position);
            builder.Append((char)(RelationTemplate.FirstMarker + entities.Count));
            entities.Add(entity);
            position = start + mention.Surface.Length;
            if (OwnAliasBracket(text, position, ordered, i, sentence.Start, entity.Key) is { } after)
            {
                position = after.End;
                i = after.LastIndex;
            }
        }

        builder.Append(text, position, text.Length - position);
        return new MarkedSentence(builder.ToString(), entities);
    }

    /// <summary>If a bracket right after a mention holds only mentions of the same entity, where it ends.</summary>
    private static (int End, int LastIndex)? OwnAliasBracket(
        string text, int position, List<(LocalEntity Entity, Mention Mention)> ordered, int index, int offset, string key)
    {
        var open = position;
        while (open < text.Length && text[open] == ' ')
        {
            open++;
        }

        if (open >= text.Length || text[open] is not ('(' or '（'))
        {
            return null;
        }

        var close = text.IndexOfAny([')', '）'], open);
        if (close < 0)
        {
            return null;
        }

        var last = index;
        while (last + 1 < ordered.Count && ordered[last + 1].Mention.Start - offset < close)
        {
            last++;
            if (ordered[last].Entity.Key != key)
            {
                return null;
            }
        }

        return last > index ? (close + 1, last) : null;
    }
}
