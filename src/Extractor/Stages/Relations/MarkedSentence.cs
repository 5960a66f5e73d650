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
    private readonly string _original;
    private readonly List<(int Start, int End)> _spans;

    private MarkedSentence(string text, IReadOnlyList<LocalEntity> entities, string original, List<(int Start, int End)> spans)
    {
        Text = text;
        Entities = entities;
        _original = original;
        _spans = spans;
    }

    /// <summary>The sentence with markers.</summary>
    public string Text { get; }

    /// <summary>The entity of each marker, by marker number.</summary>
    public IReadOnlyList<LocalEntity> Entities { get; }

    /// <summary>The entity a marker stands for.</summary>
    public LocalEntity EntityOf(char marker) => Entities[marker - RelationTemplate.FirstMarker];

    /// <summary>The entities of the markers in a span of the marked text, in order.</summary>
    /// <param name="start">Start in the marked text.</param>
    /// <param name="length">Length in the marked text.</param>
    public List<LocalEntity> EntitiesIn(int start, int length)
    {
        var entities = new List<LocalEntity>();
        var span = Text.AsSpan(start, length);
        for (var at = span.IndexOfAnyInRange(RelationTemplate.FirstMarker, RelationTemplate.LastMarker); at >= 0;)
        {
            entities.Add(EntityOf(span[at]));
            var next = span[(at + 1)..].IndexOfAnyInRange(RelationTemplate.FirstMarker, RelationTemplate.LastMarker);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return entities;
    }

    /// <summary>The entity of the last marker in a span of the marked text that fits, or null.</summary>
    /// <param name="start">Start in the marked text.</param>
    /// <param name="length">Length in the marked text.</param>
    /// <param name="fits">Which entities count.</param>
    public LocalEntity? LastEntityIn(int start, int length, Func<LocalEntity, bool> fits)
    {
        var span = Text.AsSpan(start, length);
        for (var at = span.LastIndexOfAnyInRange(RelationTemplate.FirstMarker, RelationTemplate.LastMarker); at >= 0;
             at = span[..at].LastIndexOfAnyInRange(RelationTemplate.FirstMarker, RelationTemplate.LastMarker))
        {
            if (fits(EntityOf(span[at])))
            {
                return EntityOf(span[at]);
            }
        }

        return null;
    }

    /// <summary>Whether a span of the marked text holds a marker.</summary>
    /// <param name="start">Start in the marked text.</param>
    /// <param name="length">Length in the marked text.</param>
    public bool HasMarkerIn(int start, int length) =>
        Text.AsSpan(start, length).ContainsAnyInRange(RelationTemplate.FirstMarker, RelationTemplate.LastMarker);

    /// <summary>The original sentence text behind a span of the marked text (names restored).</summary>
    /// <param name="start">Start in the marked text.</param>
    /// <param name="length">Length in the marked text.</param>
    public string Original(int start, int length) =>
        length == 0 ? string.Empty : _original[_spans[start].Start.._spans[start + length - 1].End];

    /// <summary>Builds the marked form of a sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="occurrences">The entity mentions inside it.</param>
    public static MarkedSentence Build(Sentence sentence, IReadOnlyList<(LocalEntity Entity, Mention Mention)> occurrences)
    {
        var ordered = new List<(LocalEntity Entity, Mention Mention)>(occurrences.Count);
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Mention.Start >= sentence.Start && occurrence.Mention.End <= sentence.End)
            {
                InsertByStart(ordered, occurrence);
            }
        }

        var text = sentence.Text;
        var builder = new System.Text.StringBuilder(text.Length);
        var entities = new List<LocalEntity>();
        var spans = new List<(int Start, int End)>(text.Length);
        var position = 0;
        for (var i = 0; i < ordered.Count && entities.Count <= RelationTemplate.LastMarker - RelationTemplate.FirstMarker; i++)
        {
            var (entity, mention) = ordered[i];
            var start = mention.Start - sentence.Start;
            if (start < position)
            {
                continue;
            }

            AppendText(builder, spans, text, position, start);
            builder.Append((char)(RelationTemplate.FirstMarker + entities.Count));
            entities.Add(entity);
            position = start + mention.Surface.Length;
            if (OwnAliasBracket(text, position, ordered, i, sentence.Start, entity.Key) is { } after)
            {
                position = after.End;
                i = after.LastIndex;
            }

            spans.Add((start, position));
        }

        AppendText(builder, spans, text, position, text.Length);
        return new MarkedSentence(builder.ToString(), entities, text, spans);
    }

    /// <summary>Inserts after every occurrence that starts at or before it: a stable sort by start (the lists are short).</summary>
    private static void InsertByStart(List<(LocalEntity Entity, Mention Mention)> ordered, (LocalEntity Entity, Mention Mention) occurrence)
    {
        var at = ordered.Count;
        while (at > 0 && ordered[at - 1].Mention.Start > occurrence.Mention.Start)
        {
            at--;
        }

        ordered.Insert(at, occurrence);
    }

    private static void AppendText(System.Text.StringBuilder builder, List<(int Start, int End)> spans, string text, int from, int to)
    {
        builder.Append(text, from, to - from);
        for (var i = from; i < to; i++)
        {
            spans.Add((i, i + 1));
        }
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
