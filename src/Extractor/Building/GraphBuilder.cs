using System.Runtime.InteropServices;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Building;

/// <summary>
/// Merges per-article extractions into one graph: entities that share any name key across
/// articles become one entity with a stable id (an acronym spelt out in unrelated ways keeps its
/// meanings apart, see <see cref="AcronymSenses"/>); relations found several times become one
/// relationship with all their evidence. Extractions are added one at a time, in article order,
/// and only what the merge needs is kept of each (not its mentions, nor its article's body), so
/// a build can fold them up as they are extracted instead of holding them all. The result depends
/// only on the extractions and their order, never on thread timing. The graph's articles carry no
/// body: no export writes it (graph.json reads back without it too).
/// </summary>
public sealed class GraphBuilder
{
    private KeySets _sets = new();
    private readonly List<Article> _articles = [];
    private readonly List<int> _firstMember = [];
    private readonly List<GroupMember> _members = [];
    private readonly List<int> _memberKeys = [];
    private readonly List<int> _firstKeyOfMember = [];
    private readonly AcronymSenses _acronyms = new();
    private readonly Dictionary<string, int> _memberOfKey = new(StringComparer.Ordinal);
    private readonly List<PendingRelation> _relations = [];
    private readonly List<int> _firstRelation = [];
    private MergeLayout? _layout;
    private bool _built;

    /// <summary>Starts and parts the key that marks an introduction; no name key holds it.</summary>
    private const char IntroductionMark = '\u0001';

    /// <summary>Builds the graph of a whole list of extractions.</summary>
    /// <param name="extractions">One extraction per article, in input order.</param>
    public static KnowledgeGraphData Build(IReadOnlyList<ArticleExtraction> extractions)
    {
        var builder = new GraphBuilder();
        foreach (var extraction in extractions)
        {
            builder.Add(extraction);
        }

        return builder.Build();
    }

    /// <summary>Adds the next article's extraction (articles in input order); the builder keeps no reference to it.</summary>
    /// <param name="extraction">The extraction.</param>
    /// <exception cref="InvalidOperationException">The graph was built already.</exception>
    public void Add(ArticleExtraction extraction) => Add(MergeInput.Of(extraction));

    /// <summary>Adds what the merge takes of the next article's extraction (articles in input order).</summary>
    /// <param name="input">The article's entities and relations.</param>
    /// <exception cref="InvalidOperationException">The graph was built already.</exception>
    public void Add(MergeInput input)
    {
        ThrowIfBuilt();
        var article = input.Article;
        _articles.Add(article with { Body = string.Empty });
        _firstMember.Add(_members.Count);
        _firstRelation.Add(_relations.Count);
        _memberOfKey.Clear();
        var introduced = input.IntroducedKeys();
        foreach (var local in input.Entities)
        {
            var member = _members.Count;
            var first = _memberKeys.Count;
            _firstKeyOfMember.Add(first);
            _memberKeys.Add(_sets.Add(local.Key));
            var aliases = local.Aliases.AsImmutableArray().AsSpan();
            foreach (var alias in aliases)
            {
                _memberKeys.Add(_sets.Add(NameKey.Of(alias)));
            }

            if (aliases.Length > 0)
            {
                _acronyms.Note(local.Name, aliases, CollectionsMarshal.AsSpan(_memberKeys)[first..]);
            }

            // What the article's paper introduces is that paper's: a mark of the article (no name key holds \u0001) may
            // keep it apart from namesakes that other papers introduce (see AcronymSenses.NoteIntroduced).
            if (introduced.Contains(local.Key))
            {
                var mark = _sets.Add($"{IntroductionMark}{article.Id}{IntroductionMark}{local.Key}");
                _memberKeys.Add(mark);
                _acronyms.NoteIntroduced(local.Name, _memberKeys[first], mark);
            }

            _members.Add(new GroupMember(article.Id, local.Name, local.Type, local.IsTypeGuessed, local.Aliases, local.MentionCount));
            _memberOfKey[local.Key] = member;
        }

        // A relation joins two of its article's local entities: it goes with them wherever the merge puts them.
        foreach (var relation in input.Relations)
        {
            _relations.Add(new PendingRelation(MemberOf(relation.SourceKey, article), relation.Type, MemberOf(relation.TargetKey, article), relation.Evidence, relation.Confidence));
        }
    }

    /// <summary>The local entity of the article being added that has this key.</summary>
    private int MemberOf(string key, Article article) =>
        _memberOfKey.TryGetValue(key, out var member)
            ? member
            : throw new InvalidOperationException($"a relation of article {article.Id} names {key}, which none of its entities is");

    /// <summary>Where the build put what each article gave it (see <see cref="MergeLayout"/>).</summary>
    /// <exception cref="InvalidOperationException">The graph is not built yet.</exception>
    public MergeLayout Layout => _layout ?? throw new InvalidOperationException("the graph is not built yet");

    /// <summary>
    /// Merges everything added so far into the graph. The builder lets go of its name keys and members once they are
    /// grouped (they are most of what it holds), so the entities, mentions and relations are made without them, and a
    /// builder builds once.
    /// </summary>
    /// <exception cref="InvalidOperationException">The graph was built already.</exception>
    public KnowledgeGraphData Build()
    {
        ThrowIfBuilt();
        _built = true;
        var (entities, entityOfMember, mentionCounts, uniform) = MergeEntities();

        // Ids are unique, so their rank orders entities, relations and mentions exactly as comparing the ids would.
        var idRank = Enumerable.Range(0, entities.Length).ToArray();
        Array.Sort(entities.Select(e => e.Id).ToArray(), idRank, StringComparer.Ordinal);
        var rankOfEntity = new int[entities.Length];
        for (var r = 0; r < idRank.Length; r++)
        {
            rankOfEntity[idRank[r]] = r;
        }

        var articles = _articles.ToArray();
        Array.Sort(articles, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var mentions = Mentions(entityOfMember, mentionCounts, entities, rankOfEntity, ArticleRanks(articles));
        var places = new int[_relations.Count];
        var relations = RelationMerger.Merge(_relations, member => entityOfMember[member], entities, rankOfEntity, places);
        _layout = LayoutOf(entityOfMember, rankOfEntity, uniform, places);
        var sorted = new Entity[entities.Length];
        for (var r = 0; r < idRank.Length; r++)
        {
            sorted[r] = entities[idRank[r]];
        }

        return new KnowledgeGraphData(
            new EquatableArray<Article>(ImmutableCollectionsMarshal.AsImmutableArray(articles)),
            new EquatableArray<Entity>(ImmutableCollectionsMarshal.AsImmutableArray(sorted)),
            new EquatableArray<Relation>(ImmutableCollectionsMarshal.AsImmutableArray(relations)),
            new EquatableArray<ArticleMention>(ImmutableCollectionsMarshal.AsImmutableArray(mentions)));
    }

    /// <summary>The layout of the merge, in the graph's entity order (id order) rather than group order.</summary>
    /// <param name="entityOfMember">The group-order entity of each member.</param>
    /// <param name="rankOfEntity">Each group-order entity's position in id order.</param>
    /// <param name="uniform">Whether each group-order entity's members share its name and type.</param>
    /// <param name="relationPlaces">Each local relation's relationship.</param>
    private MergeLayout LayoutOf(int[] entityOfMember, int[] rankOfEntity, bool[] uniform, int[] relationPlaces)
    {
        var uniformInIdOrder = new bool[uniform.Length];
        for (var e = 0; e < uniform.Length; e++)
        {
            uniformInIdOrder[rankOfEntity[e]] = uniform[e];
        }

        var entityPlaces = new int[entityOfMember.Length];
        for (var m = 0; m < entityPlaces.Length; m++)
        {
            entityPlaces[m] = rankOfEntity[entityOfMember[m]];
        }

        return new MergeLayout(
            new ArticlePlaces([.. _firstMember, entityPlaces.Length], entityPlaces),
            new ArticlePlaces([.. _firstRelation, relationPlaces.Length], relationPlaces),
            uniformInIdOrder);
    }

    /// <summary>Refuses a second build or a late article: the first build let go of the name keys and members.</summary>
    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("this builder has built its graph already; use a new one");
        }
    }

    /// <summary>
    /// Groups the members by name key into entities with unique ids, in group rank order. A method of its own so the
    /// members laid out by group are garbage once it returns (see <see cref="Build()"/>).
    /// </summary>
    /// <returns>The entities, the entity of each member, each member's mention count and whether each entity's members all share its name and type.</returns>
    private (Entity[] Entities, int[] EntityOfMember, int[] MentionCounts, bool[] Uniform) MergeEntities()
    {
        _firstKeyOfMember.Add(_memberKeys.Count);
        var keyOfMember = _acronyms.Join(_sets, _memberKeys, _firstKeyOfMember, out var keepsApart);

        // Members keep input order within a group, as a LINQ GroupBy would.
        var groupOfRoot = new int[_sets.Count];
        Array.Fill(groupOfRoot, -1);
        var groupOfMember = new int[_members.Count];
        var roots = new List<string>();
        var sizes = new List<int>();
        var apart = new List<bool>();
        for (var m = 0; m < _members.Count; m++)
        {
            var root = _sets.Find(keyOfMember[m]);
            if (groupOfRoot[root] < 0)
            {
                groupOfRoot[root] = roots.Count;
                roots.Add(_sets.Key(root));
                sizes.Add(0);
                apart.Add(false);
            }

            groupOfMember[m] = groupOfRoot[root];
            sizes[groupOfMember[m]]++;
            apart[groupOfMember[m]] |= keepsApart[m];
        }

        var (start, members) = ByGroup(groupOfMember, sizes);

        // Groups are numbered by root key: ids are given in that order, so a clash of base ids
        // resolves the same way on any thread count. The groups that keep an acronym apart from the meaning it
        // joins come last, so that meaning keeps the acronym's plain id (method:sae) and the others take -2, -3.
        var byRoot = Enumerable.Range(0, roots.Count).ToArray();
        Array.Sort(roots.ToArray(), byRoot, StringComparer.Ordinal);
        byRoot = [.. byRoot.Where(g => !apart[g]), .. byRoot.Where(g => apart[g])];
        var rankOfGroup = new int[roots.Count];
        for (var r = 0; r < byRoot.Length; r++)
        {
            rankOfGroup[byRoot[r]] = r;
        }

        for (var m = 0; m < groupOfMember.Length; m++)
        {
            groupOfMember[m] = rankOfGroup[groupOfMember[m]];
        }

        var mentionCounts = new int[_members.Count];
        for (var m = 0; m < mentionCounts.Length; m++)
        {
            mentionCounts[m] = _members[m].MentionCount;
        }

        // The keys and members are a large part of what the builder holds, and every later step reads the arrays
        // above instead: letting go of them before the entities are made lowers the build's peak.
        _sets = new KeySets();
        roots.Clear();
        roots.TrimExcess();
        _members.Clear();
        _members.TrimExcess();
        _memberKeys.Clear();
        _memberKeys.TrimExcess();
        _firstKeyOfMember.Clear();
        _firstKeyOfMember.TrimExcess();

        // Describing a group reads only that group, so it runs in parallel.
        var entities = new Entity[byRoot.Length];
        var uniform = new bool[byRoot.Length];
        Parallel.For(0, byRoot.Length, i =>
        {
            var g = byRoot[i];
            var group = members.AsSpan(start[g], start[g + 1] - start[g]);
            entities[i] = EntityMerger.Describe(group);
            uniform[i] = IsUniform(group);
        });
        var takenIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Length; i++)
        {
            // Most base ids are free: only a renamed entity needs a new record.
            var id = EntityMerger.UniqueId(entities[i].Id, takenIds);
            if (!ReferenceEquals(id, entities[i].Id))
            {
                entities[i] = entities[i] with { Id = id };
            }
        }

        return (entities, groupOfMember, mentionCounts, uniform);
    }

    /// <summary>Whether every member has the first one's name and type.</summary>
    private static bool IsUniform(ReadOnlySpan<GroupMember> group)
    {
        foreach (var member in group)
        {
            if (member.Type != group[0].Type || !string.Equals(member.Name, group[0].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The members laid out group after group (input order within each), and where each group starts (one extra entry: the end).</summary>
    private (int[] Start, GroupMember[] Members) ByGroup(int[] groupOfMember, List<int> sizes)
    {
        var start = new int[sizes.Count + 1];
        for (var g = 0; g < sizes.Count; g++)
        {
            start[g + 1] = start[g] + sizes[g];
        }

        var next = start[..^1];
        var members = new GroupMember[_members.Count];
        for (var m = 0; m < members.Length; m++)
        {
            members[next[groupOfMember[m]]++] = _members[m];
        }

        return (start, members);
    }

    /// <summary>The rank of each article id in id order (articles sharing an id share a rank).</summary>
    private static Dictionary<string, int> ArticleRanks(Article[] sortedArticles)
    {
        var ranks = new Dictionary<string, int>(sortedArticles.Length, StringComparer.Ordinal);
        foreach (var article in sortedArticles)
        {
            ranks.TryAdd(article.Id, ranks.Count);
        }

        return ranks;
    }

    /// <summary>
    /// Every entity's MENTIONS edges (one per article, counting its mentions there, at least 1), sorted by article id
    /// then entity id (via their ranks: each pair occurs once), in one pass over the articles.
    /// </summary>
    /// <param name="entityOfMember">The position in <paramref name="entities"/> of each member.</param>
    /// <param name="mentionCounts">Each member's mention count.</param>
    /// <param name="entities">The entities, in group rank order.</param>
    /// <param name="rankOfEntity">Each entity's rank in id order.</param>
    /// <param name="articleRank">Each article id's rank in id order.</param>
    private ArticleMention[] Mentions(int[] entityOfMember, int[] mentionCounts, Entity[] entities, int[] rankOfEntity, Dictionary<string, int> articleRank)
    {
        // Visiting the articles in id rank order puts articles that share an id side by side, so an entity's
        // count in an article is found by remembering the last article rank it was counted in.
        var byRank = new int[_articles.Count];
        var ranks = new int[_articles.Count];
        for (var a = 0; a < _articles.Count; a++)
        {
            byRank[a] = a;
            ranks[a] = articleRank[_articles[a].Id];
        }

        Array.Sort(ranks, byRank);
        var lastRank = new int[entities.Length];
        Array.Fill(lastRank, -1);
        var slotOf = new int[entities.Length];
        var order = new List<long>();
        var counts = new List<int>();
        var owners = new List<int>();
        var articleIds = new List<string>();
        for (var k = 0; k < byRank.Length; k++)
        {
            var a = byRank[k];
            var end = a + 1 < _firstMember.Count ? _firstMember[a + 1] : mentionCounts.Length;
            for (var m = _firstMember[a]; m < end; m++)
            {
                var i = entityOfMember[m];
                if (lastRank[i] != ranks[k])
                {
                    lastRank[i] = ranks[k];
                    slotOf[i] = counts.Count;
                    order.Add(((long)ranks[k] << 32) | (uint)rankOfEntity[i]);
                    counts.Add(0);
                    owners.Add(i);
                    articleIds.Add(_articles[a].Id);
                }

                counts[slotOf[i]] += mentionCounts[m];
            }
        }

        var mentions = new ArticleMention[counts.Count];
        for (var m = 0; m < mentions.Length; m++)
        {
            mentions[m] = new ArticleMention(articleIds[m], entities[owners[m]].Id, Math.Max(1, counts[m]));
        }

        Array.Sort(order.ToArray(), mentions);
        return mentions;
    }
}
