using System.Buffers;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// A sentence with each entity mention replaced by one marker character, so that relation
/// templates read <c>{A}基于{B}</c> whatever the names. A name followed by a bracket that holds
/// only its own aliases (<c>神经切线核(NTK)</c>) becomes a single marker.
/// </summary>
internal sealed class MarkedSentence
{
    private readonly string _original;

    /// <summary>Each marker's position in the marked text and the span of the original it replaces; other characters are copied one for one.</summary>
    private readonly List<(int At, int Start, int End)> _markers;

    private MarkedSentence(string text, IReadOnlyList<LocalEntity> entities, string original, List<(int At, int Start, int End)> markers)
    {
        Text = text;
        Entities = entities;
        _original = original;
        _markers = markers;
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
    /// <param name="skipAt">Which marker positions (in the marked text) do not count, whatever their entity.</param>
    public LocalEntity? LastEntityIn(int start, int length, Func<LocalEntity, bool> fits, Func<int, bool>? skipAt = null) =>
        LastMarkerIn(start, length, fits, skipAt) is >= 0 and var at ? EntityOf(Text[at]) : null;

    /// <summary>The position of the last marker in a span of the marked text whose entity fits, or -1.</summary>
    /// <param name="start">Start in the marked text.</param>
    /// <param name="length">Length in the marked text.</param>
    /// <param name="fits">Which entities count.</param>
    /// <param name="skipAt">Which marker positions (in the marked text) do not count, whatever their entity.</param>
    public int LastMarkerIn(int start, int length, Func<LocalEntity, bool> fits, Func<int, bool>? skipAt = null)
    {
        var span = Text.AsSpan(start, length);
        for (var at = span.LastIndexOfAnyInRange(RelationTemplate.FirstMarker, RelationTemplate.LastMarker); at >= 0;
             at = span[..at].LastIndexOfAnyInRange(RelationTemplate.FirstMarker, RelationTemplate.LastMarker))
        {
            if (skipAt?.Invoke(start + at) != true && fits(EntityOf(span[at])))
            {
                return start + at;
            }
        }

        return -1;
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
        length == 0 ? string.Empty : _original[OriginalSpan(start).Start..OriginalSpan(start + length - 1).End];

    /// <summary>The span of the original sentence behind one character of the marked text.</summary>
    private (int Start, int End) OriginalSpan(int at)
    {
        var shift = 0;
        foreach (var marker in _markers)
        {
            if (marker.At == at)
            {
                return (marker.Start, marker.End);
            }

            if (marker.At > at)
            {
                break;
            }

            shift += marker.End - marker.Start - 1;
        }

        return (at + shift, at + shift + 1);
    }

    /// <summary>Builds the marked form of a sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="occurrences">The entity mentions inside it.</param>
    public static MarkedSentence Build(Sentence sentence, ReadOnlySpan<(LocalEntity Entity, Mention Mention)> occurrences)
    {
        var ordered = new List<(LocalEntity Entity, Mention Mention)>(occurrences.Length);
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Mention.Start >= sentence.Start && occurrence.Mention.End <= sentence.End)
            {
                InsertByStart(ordered, occurrence);
            }
        }

        // Each marker replaces a mention's text, so the marked text is at most one character per mention longer.
        var text = sentence.Text;
        var rented = ArrayPool<char>.Shared.Rent(text.Length + ordered.Count);
        var buffer = rented.AsSpan();
        var length = 0;
        var entities = new List<LocalEntity>(ordered.Count);
        var markers = new List<(int At, int Start, int End)>(ordered.Count);
        var position = 0;
        for (var i = 0; i < ordered.Count && entities.Count <= RelationTemplate.LastMarker - RelationTemplate.FirstMarker; i++)
        {
            var (entity, mention) = ordered[i];
            var start = mention.Start - sentence.Start;
            if (start < position)
            {
                continue;
            }

            // A space that sets a name apart from Chinese (T5 用的是 SentencePiece 的 Unigram 模型) is the name's: the templates read
            // Chinese written with and without such spaces alike.
            var spaced = SpacesBefore(text, position, start);
            text.AsSpan(position, start - spaced - position).CopyTo(buffer[length..]);
            length += start - spaced - position;
            var at = length;
            buffer[length++] = (char)(RelationTemplate.FirstMarker + entities.Count);
            entities.Add(entity);
            position = start + mention.Surface.Length;
            if (OwnAliasBracket(text, position, ordered, i, sentence.Start, entity.Key) is { } after)
            {
                position = after.End;
                i = after.LastIndex;
            }

            position += SpacesAfter(text, position);
            markers.Add((at, start - spaced, position));
        }

        text.AsSpan(position).CopyTo(buffer[length..]);
        length += text.Length - position;
        var marked = new string(buffer[..length]);
        ArrayPool<char>.Shared.Return(rented);
        return new MarkedSentence(marked, entities, text, markers);
    }

    /// <summary>How many spaces stand right before a name at <paramref name="start"/> after Chinese or the sentence's start, not before <paramref name="from"/>.</summary>
    private static int SpacesBefore(string text, int from, int start)
    {
        var at = start;
        while (at > from && text[at - 1] == ' ')
        {
            at--;
        }

        return at == start || (at > 0 && !IsChineseSide(text[at - 1])) ? 0 : start - at;
    }

    /// <summary>How many spaces stand right after a name ending at <paramref name="end"/> before Chinese or the sentence's end.</summary>
    private static int SpacesAfter(string text, int end)
    {
        var at = end;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at == end || (at < text.Length && !IsChineseSide(text[at])) ? 0 : at - end;
    }

    /// <summary>Whether a character is Chinese or Chinese punctuation, which a space before a name sets apart from it.</summary>
    private static bool IsChineseSide(char c) => CharSets.IsChinese(c) || c is '，' or '。' or '；' or '：' or '、' or '（' or '）' or '《' or '》' or '“' or '”' or '！' or '？';

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
