using System.Buffers;
using Digest.Extractor.Reading;
using Digest.Extractor.Text;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Where a text names a task in Chinese words, read from <c>task-frames.tsv</c>: the head words a task ends in (推理, 检测), the
/// characters no task holds, the words it does not open with, the units that make its first words a count, and the frames,
/// each the openers a task stands right after and the closers it stands right before (在…上, 用于…，).
/// </summary>
public sealed class TaskFrames
{
    /// <summary>The Chinese numerals that, like digits, open a count.</summary>
    private static readonly SearchValues<char> Numerals = SearchValues.Create("一二三四五六七八九十两");

    private readonly string[] _heads;
    private readonly SearchValues<char> _breaks;
    private readonly string[] _openings;
    private readonly string[] _counts;
    private readonly (string[] Openers, string[] Closers)[] _frames;

    /// <summary>The first characters of the closers: most head words stand before none, and this tells at once.</summary>
    private readonly SearchValues<char> _closerStarts;

    private TaskFrames(string[] heads, SearchValues<char> breaks, string[] openings, string[] counts, (string[] Openers, string[] Closers)[] frames)
    {
        _heads = heads;
        HeadStarts = SearchValues.Create(string.Concat(heads.Select(h => h[0]).Distinct()));
        _breaks = breaks;
        _openings = openings;
        _counts = counts;
        _frames = frames;
        _closerStarts = SearchValues.Create(string.Concat(frames.SelectMany(f => f.Closers).Select(c => c[0]).Distinct()));
    }

    /// <summary>
    /// The first characters of the head words, for finding where one may stand (<see cref="HeadAt"/> tells): on the corpus
    /// this search and the check take a third of the time of a search for the words themselves.
    /// </summary>
    public SearchValues<char> HeadStarts { get; }

    /// <summary>The length of the longest head word at a position of the text, or 0.</summary>
    /// <param name="text">The text.</param>
    /// <param name="at">The position.</param>
    public int HeadAt(string text, int at) => LongestAt(_heads, text, at);

    /// <summary>Whether a character may be part of a task: a Chinese character, a Latin letter, a digit or a hyphen, and no break.</summary>
    /// <param name="c">The character.</param>
    public bool MayHold(char c) =>
        (c is >= '\u4e00' and <= '\u9fff' || char.IsAsciiLetterOrDigit(c) || c == '-') && !_breaks.Contains(c);

    /// <summary>Whether a task may open with this text: not with an opening word nor a count (三类).</summary>
    /// <param name="task">The task's text.</param>
    public bool MayOpen(ReadOnlySpan<char> task)
    {
        if (OpeningWords.Find(task, _openings) is not null)
        {
            return false;
        }

        var digits = 0;
        while (digits < task.Length && (char.IsAsciiDigit(task[digits]) || Numerals.Contains(task[digits])))
        {
            digits++;
        }

        if (digits > 0)
        {
            foreach (var unit in _counts)
            {
                if (task[digits..].StartsWith(unit, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether some frame has an opener ending right before <paramref name="start"/> and a closer right at <paramref name="end"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the task starts.</param>
    /// <param name="end">Where the task ends.</param>
    public bool Frames(string text, int start, int end)
    {
        if (end >= text.Length || !_closerStarts.Contains(text[end]))
        {
            return false;
        }

        foreach (var (openers, closers) in _frames)
        {
            if (LongestAt(closers, text, end) > 0 && EndsAt(openers, text, start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsAt(string[] words, string text, int at)
    {
        foreach (var word in words)
        {
            if (at >= word.Length && string.CompareOrdinal(text, at - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses the frame file.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <exception cref="DigestInputException">A line that is not a kind and its words, or a file without heads or frames.</exception>
    public static TaskFrames Parse(string source, TextReader reader)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["head"] = [], ["break"] = [], ["opening"] = [], ["count"] = [] };
        var frames = new List<(string[], string[])>();
        foreach (var (number, line) in DataLines.Read(reader))
        {
            var fields = line.Split('\t');
            if (fields is ["frame", var openers, var closers] && Words(openers) is { Length: > 0 } o && Words(closers) is { Length: > 0 } c)
            {
                frames.Add((o, c));
            }
            else if (fields.Length == 2 && lists.TryGetValue(fields[0], out var list) && Words(fields[1]) is { Length: > 0 } words
                && (fields[0] != "break" || words.All(w => w.Length == 1)))
            {
                list.AddRange(words);
            }
            else
            {
                throw new DigestInputException(source, number, "expected: head|break|opening|count<TAB>word|word…, or frame<TAB>openers<TAB>closers (a break is one character)");
            }
        }

        if (lists["head"].Count == 0 || frames.Count == 0)
        {
            throw new DigestInputException(source, null, "expected at least one head line and one frame line");
        }

        return new TaskFrames([.. lists["head"]], SearchValues.Create(string.Concat(lists["break"])), [.. lists["opening"]], [.. lists["count"]], [.. frames]);
    }

    private static string[] Words(string field) => field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int LongestAt(string[] words, string text, int at)
    {
        var longest = 0;
        foreach (var word in words)
        {
            if (word.Length > longest && at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                longest = word.Length;
            }
        }

        return longest;
    }
}
