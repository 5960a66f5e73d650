using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Finds tasks that a text names in Chinese words no list holds (<c>task-frames.tsv</c>: <c>在算术推理、常识推理和符号推理三类任务上</c>,
/// <c>用于多变量时间序列预测</c>), typed <see cref="EntityType.Task"/>, so that the templates read what a work is evaluated on or
/// applied to. It looks for the head words a task ends in and reads back to the opener before them, which is much cheaper than
/// trying a pattern at every 在, 的 or 和. A task the stoplist holds, or one that overlaps a name another finder found, is left
/// as it is.
/// </summary>
/// <param name="frames">The head words, the characters a task may hold and the frames it stands in.</param>
/// <param name="stoplist">Generic words, which name no task.</param>
public sealed class TaskNameFinder(TaskFrames frames, Stoplist stoplist) : IExtractionStage
{
    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "task-name";

    /// <summary>The fewest characters before the head: a head alone (推理, 检测) is too general to be a task of its own.</summary>
    private const int ShortestModifier = 2;

    /// <summary>The most characters before the head; a longer run is a description, not a name.</summary>
    private const int LongestModifier = 8;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var body = context.Body;
        for (var at = 0; at < body.Length;)
        {
            var found = body.AsSpan(at).IndexOfAny(frames.HeadStarts);
            if (found < 0)
            {
                break;
            }

            var head = at + found;
            at = head + 1;
            var end = head + frames.HeadAt(body, head);
            if (end == head)
            {
                continue;
            }

            var start = head;
            while (start > 0 && head - start < LongestModifier && frames.MayHold(body[start - 1]))
            {
                start--;
            }

            if (head - start < ShortestModifier || (start > 0 && frames.MayHold(body[start - 1]))
                || !frames.Frames(body, start, end) || !frames.MayOpen(body.AsSpan(start, end - start)))
            {
                continue;
            }

            var task = body[start..end];
            if (stoplist.Contains(task) || context.Mentions.Exists(m => m.Start < end && start < m.End) || context.SentenceAt(start) is not { } sentence)
            {
                continue;
            }

            context.Mentions.Add(new Mention(task, start, sentence.Index, Name, EntityType.Task));
        }
    }
}
