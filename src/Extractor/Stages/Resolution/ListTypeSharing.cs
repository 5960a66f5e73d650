using System.Buffers;
using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Stages.Resolution;

/// <summary>
/// Gives a name that nothing typed the type of the list it stands in. Names coordinated in one list are things of one
/// kind: in <c>实验在Weather、Traffic、Electricity、ILI以及ETTh1、ETTh2上进行</c> the known datasets Electricity and ILI say
/// what Weather, Traffic and ETTh1 are, however long the list and wherever its head word is. Only datasets and people
/// are shared so: a list of methods or models often holds the article's own method beside the models it is compared
/// with (<c>FooNet和GPT-4</c>). A person is shared only with a name shaped as a person's (<c>由 William Peebles 与谢赛宁提出</c>,
/// where the lexicon knows 谢赛宁), since works stand beside people too (<c>何恺明和Mask2Former</c>). A list that mixes
/// types, or whose typed members disagree, types nothing. A name standing in several lists takes a type only when they
/// all agree.
/// </summary>
public sealed partial class ListTypeSharing : IExtractionStage
{
    /// <summary>The types a list shares.</summary>
    public static readonly IReadOnlyList<EntityType> SharedTypes = [EntityType.Dataset, EntityType.Author];

    /// <summary>The words that part two names of one list (<c>、</c>, <c>和</c>, <c>以及</c>, <c>RACE, LAMBADA</c>).</summary>
    private static readonly string[] Separators = ["、", "和", "与", "及", "以及", "或", ",", "/"];

    /// <summary>The characters of a count (<c>19个</c>, <c>三个</c>).</summary>
    private static readonly SearchValues<char> Numerals = SearchValues.Create("0123456789一二三四五六七八九十两多几数");

    /// <summary>The longest bracketed aside after a name that the list reads past (<c>Weather（天气）、</c>).</summary>
    private const int MaxAside = 20;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var entities = context.Entities;
        if (!entities.Exists(e => e.IsTypeGuessed))
        {
            return;
        }

        List<(int Start, int End, int Entity)>? places = null;
        foreach (var type in SharedTypes)
        {
            if (entities.Exists(e => !e.IsTypeGuessed && e.Type == type) && entities.Exists(e => e.IsTypeGuessed && MayTake(e, type)))
            {
                places ??= Places(entities);
                Share(context.Body, entities, places, type);
            }
        }
    }

    /// <summary>Gives each guessed name of a list whose typed members are all of this type that type.</summary>
    private static void Share(string body, List<LocalEntity> entities, List<(int Start, int End, int Entity)> places, EntityType type)
    {
        var verdicts = new bool?[entities.Count];
        var list = new List<int>();
        for (var first = 0; first < places.Count; first = list[^1] + 1)
        {
            list.Clear();
            list.Add(first);
            while (Next(body, places, list[^1]) is { } next)
            {
                list.Add(next);
            }

            if (list.Count > 1)
            {
                Judge(entities, places, list, type, verdicts);
            }
        }

        for (var e = 0; e < entities.Count; e++)
        {
            if (verdicts[e] == true)
            {
                entities[e] = entities[e] with { Type = type, IsTypeGuessed = false };
            }
        }
    }

    /// <summary>Notes for each guessed member of a list that may take the type whether the list shares it: its typed members are all of it.</summary>
    private static void Judge(List<LocalEntity> entities, List<(int Start, int End, int Entity)> places, List<int> list, EntityType type, bool?[] verdicts)
    {
        var typed = 0;
        var agree = true;
        foreach (var place in list)
        {
            var entity = entities[places[place].Entity];
            if (!entity.IsTypeGuessed)
            {
                typed++;
                agree &= entity.Type == type;
            }
        }

        foreach (var place in list)
        {
            var index = places[place].Entity;
            if (entities[index].IsTypeGuessed && MayTake(entities[index], type))
            {
                verdicts[index] = (verdicts[index] ?? true) && typed > 0 && agree;
            }
        }
    }

    /// <summary>Every mention's span and entity, in body order.</summary>
    private static List<(int Start, int End, int Entity)> Places(List<LocalEntity> entities)
    {
        var places = new List<(int Start, int End, int Entity)>();
        for (var e = 0; e < entities.Count; e++)
        {
            foreach (var mention in entities[e].Mentions)
            {
                places.Add((mention.Start, mention.End, e));
            }
        }

        places.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        return places;
    }

    /// <summary>
    /// The next name of the list the mention at <paramref name="at"/> stands in: the next mention after it (and after any
    /// aside of its own, <c>Weather（天气）</c>, <c>Natural Questions（NQ）</c>), when a list separator alone parts them and no
    /// 的 makes it describe something after it.
    /// </summary>
    private static int? Next(string body, List<(int Start, int End, int Entity)> places, int at)
    {
        var end = AfterAside(body, places, at);
        if (end < 0)
        {
            return null;
        }

        var next = at + 1;
        while (next < places.Count && places[next].Start < end)
        {
            next++;
        }

        if (next == places.Count || places[next].Entity == places[at].Entity || Describes(body.AsSpan(places[next].End)))
        {
            return null;
        }

        var between = body.AsSpan(end, places[next].Start - end).Trim();
        foreach (var separator in Separators)
        {
            if (between.SequenceEqual(separator))
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a name that the text follows describes what comes after it (<c>SWaT、eBay的服务器指标数据集PSM</c>), which ends the
    /// list; not when 的 leads to a count of the list's own parts (<c>在LongBench和Needle-In-A-Haystack的19个数据集上</c>).
    /// </summary>
    private static bool Describes(ReadOnlySpan<char> after)
    {
        if (!after.StartsWith("的", StringComparison.Ordinal))
        {
            return false;
        }

        var count = after[1..].IndexOfAnyExcept(Numerals);
        return count <= 0 || after[1 + count] != '个';
    }

    /// <summary>
    /// Where the text after a mention goes on: past a bracket right after it that holds only its own other names or none,
    /// else at its end; -1 when the bracket holds other names, which make a list of their own.
    /// </summary>
    private static int AfterAside(string body, List<(int Start, int End, int Entity)> places, int at)
    {
        var end = places[at].End;
        if (end >= body.Length || body[end] is not ('(' or '（'))
        {
            return end;
        }

        var close = body.AsSpan(end, Math.Min(MaxAside, body.Length - end)).IndexOfAny(')', '）');
        if (close < 0)
        {
            return end;
        }

        close += end;
        for (var inside = at + 1; inside < places.Count && places[inside].Start < close; inside++)
        {
            if (places[inside].Entity != places[at].Entity)
            {
                return -1;
            }
        }

        return close + 1;
    }

    /// <summary>Whether a guessed name may take the type a list shares: any may be a dataset, only one shaped so a person.</summary>
    private static bool MayTake(LocalEntity entity, EntityType type) => type != EntityType.Author || PersonShape().IsMatch(entity.Name);

    /// <summary>A person's name as prose writes it (<see cref="AuthorListFinder.ProseName"/>: <c>Christopher D. Manning</c>, <c>Yann LeCun</c>), the whole name.</summary>
    [GeneratedRegex("^" + AuthorListFinder.ProseName + "$")]
    private static partial Regex PersonShape();
}
