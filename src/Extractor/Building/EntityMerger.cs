using System.Runtime.InteropServices;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Resolution;
using Digest.Extractor.Text;

namespace Digest.Extractor.Building;

/// <summary>Merges the local entities of one name group (across articles) into one graph entity.</summary>
internal static class EntityMerger
{
    /// <summary>On a tied vote the type that needs specific evidence wins over the shape default (Method).</summary>
    private static readonly EntityType[] TieBreakOrder =
    [
        EntityType.Author, EntityType.Paper, EntityType.Dataset, EntityType.Model, EntityType.Organization,
        EntityType.Tool, EntityType.Task, EntityType.Concept, EntityType.Method,
    ];

    private static readonly int TypeCount = Enum.GetValues<EntityType>().Length;

    /// <summary>Each type's id prefix (<c>type:</c>), made once instead of once per entity.</summary>
    private static readonly string[] IdPrefixes = [.. Enum.GetValues<EntityType>().Select(t => SchemaNames.Label(t).ToLowerInvariant() + ":")];

    /// <summary>Picks type (weighted vote) and canonical name, gathers aliases and articles; the id comes later, in root order.</summary>
    /// <param name="group">The members, in input order.</param>
    /// <returns>The entity with its base id (<c>type:slug</c>), not yet made unique.</returns>
    public static Entity Describe(ReadOnlySpan<GroupMember> group)
    {
        var type = VoteType(group);
        var name = PickName(group, type);
        var baseId = string.Concat(IdPrefixes[(int)type], Slug.Of(name));

        // Most groups are one local entity, whose aliases are already sorted, distinct and without its name: the
        // entity takes them as they are (the lists below would give the same), which spares most of the merge's garbage.
        if (group.Length == 1 && IsSortedWithout(group[0].Aliases.AsImmutableArray().AsSpan(), name))
        {
            var only = group[0];
            return new Entity(baseId, type, name, only.Aliases, only.Weight, new EquatableArray<string>([only.ArticleId]));
        }

        // Sorting lists and dropping neighbours that repeat is cheaper than sorted sets for groups this small.
        var aliases = new List<string>();
        var articleIds = new List<string>(group.Length);
        var mentionCount = 0;
        foreach (var member in group)
        {
            // Through the span: adding the EquatableArray itself would box it and enumerate it through an interface.
            aliases.AddRange(member.Aliases.AsImmutableArray().AsSpan());
            aliases.Add(member.Name);
            articleIds.Add(member.ArticleId);
            mentionCount += member.Weight;
        }

        aliases = SortedDistinct(aliases);
        aliases.Remove(name);
        articleIds = SortedDistinct(articleIds);
        return new Entity(baseId, type, name, ToEquatable(aliases), mentionCount, ToEquatable(articleIds));
    }

    /// <summary>Whether the names are in strictly increasing ordinal order and none is <paramref name="name"/>.</summary>
    private static bool IsSortedWithout(ReadOnlySpan<string> names, string name)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if ((i > 0 && string.CompareOrdinal(names[i - 1], names[i]) >= 0) || string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The list's items as an array copied in one go (ImmutableArray.CreateRange over a list takes its slow enumerable path).</summary>
    private static EquatableArray<string> ToEquatable(List<string> items) =>
        new(ImmutableCollectionsMarshal.AsImmutableArray(items.ToArray()));

    /// <summary>The strings in ordinal order, each once.</summary>
    private static List<string> SortedDistinct(List<string> items)
    {
        items.Sort(StringComparer.Ordinal);
        var kept = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (kept == 0 || !string.Equals(items[i], items[kept - 1], StringComparison.Ordinal))
            {
                items[kept++] = items[i];
            }
        }

        items.RemoveRange(kept, items.Count - kept);
        return items;
    }

    /// <summary>The base id, or the first of <c>-2</c>, <c>-3</c> … not taken yet; marks it taken.</summary>
    /// <param name="baseId">The base id.</param>
    /// <param name="takenIds">Ids given so far.</param>
    public static string UniqueId(string baseId, HashSet<string> takenIds)
    {
        var id = baseId;
        for (var n = 2; !takenIds.Add(id); n++)
        {
            id = $"{baseId}-{n}";
        }

        return id;
    }

    /// <summary>
    /// The type with the most mention weight; ties go to the earlier type in <see cref="TieBreakOrder"/>, then to the
    /// first seen. A guessed type (the default) counts only when no article tells the type or one tells that same type:
    /// a benchmark that one article calls a 数据集 and twenty name bare is a dataset, not the method the twenty default
    /// to, while a name some articles call a 方法 and others a 模型 keeps the support of the articles that name it bare.
    /// </summary>
    private static EntityType VoteType(ReadOnlySpan<GroupMember> group)
    {
        Span<int> weights = stackalloc int[TypeCount];
        Span<int> firstSeen = stackalloc int[weights.Length];
        firstSeen.Fill(int.MaxValue);
        Span<bool> told = stackalloc bool[weights.Length];
        var anyTold = false;
        foreach (var member in group)
        {
            if (!member.IsTypeGuessed)
            {
                told[(int)member.Type] = anyTold = true;
            }
        }

        for (var i = 0; i < group.Length; i++)
        {
            if (anyTold && group[i].IsTypeGuessed && !told[(int)group[i].Type])
            {
                continue;
            }

            var t = (int)group[i].Type;
            weights[t] += group[i].Weight;
            firstSeen[t] = Math.Min(firstSeen[t], i);
        }

        var best = -1;
        for (var t = 0; t < weights.Length; t++)
        {
            if (firstSeen[t] == int.MaxValue)
            {
                continue;
            }

            if (best < 0 || weights[t] > weights[best] || (weights[t] == weights[best] && Beats((EntityType)t, (EntityType)best, firstSeen)))
            {
                best = t;
            }
        }

        return (EntityType)best;
    }

    private static bool Beats(EntityType candidate, EntityType current, Span<int> firstSeen)
    {
        var a = Array.IndexOf(TieBreakOrder, candidate);
        var b = Array.IndexOf(TieBreakOrder, current);
        return a != b ? a < b : firstSeen[(int)candidate] < firstSeen[(int)current];
    }

    private static string PickName(ReadOnlySpan<GroupMember> group, EntityType type)
    {
        if (type == EntityType.Paper)
        {
            string? least = null;
            foreach (var member in group)
            {
                if (member.Type == EntityType.Paper && (least is null || string.CompareOrdinal(member.Name, least) < 0))
                {
                    least = member.Name;
                }
            }

            return least!;
        }

        var first = group[0].Name;
        if (AllNamed(group, first))
        {
            return first;
        }

        var names = new List<Mention>();
        foreach (var member in group)
        {
            for (var n = member.Weight; n > 0; n--)
            {
                names.Add(new Mention(member.Name, 0, 0, string.Empty));
            }
        }

        return MentionResolver.CanonicalName(names);
    }

    private static bool AllNamed(ReadOnlySpan<GroupMember> group, string name)
    {
        foreach (var member in group)
        {
            if (member.Name != name)
            {
                return false;
            }
        }

        return true;
    }

}
