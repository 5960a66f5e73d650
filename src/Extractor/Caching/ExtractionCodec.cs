using System.Runtime.InteropServices;
using System.Text;
using Digest.Extractor.Building;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Caching;

/// <summary>
/// The one place that turns an <see cref="ArticleExtraction"/> (without its article) into bytes
/// and back. Each payload starts with its own table of distinct strings, so a sentence quoted as
/// evidence many times is stored once. When a field is added to the extraction records, add it
/// here and bump <see cref="FormatVersion"/> (a test checks that every field is covered).
/// </summary>
public static class ExtractionCodec
{
    /// <summary>Changes whenever the payload or file layout changes, so older caches are not read (2: the entry table before the payloads; 3: the lexicon the extractions were made with; 4: each entry's merge input hash; 5: whether an entity's type was guessed).</summary>
    public const int FormatVersion = 5;

    private const byte NoType = byte.MaxValue;

    /// <summary>Set in an entity's type byte when its type was guessed (<see cref="LocalEntity.IsTypeGuessed"/>); types are small numbers.</summary>
    private const byte GuessedTypeBit = 0x80;

    private static readonly bool[] EntityTypes = Defined<EntityType>();

    private static readonly bool[] RelationTypes = Defined<RelationType>();

    /// <summary>Encodes the extraction's entities and relations.</summary>
    /// <param name="extraction">The extraction.</param>
    /// <returns>The payload.</returns>
    public static byte[] Encode(ArticleExtraction extraction)
    {
        var strings = new StringTable();
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(extraction.Entities.Count);
            foreach (var entity in extraction.Entities)
            {
                writer.Write7BitEncodedInt(strings.IndexOf(entity.Key));
                writer.Write7BitEncodedInt(strings.IndexOf(entity.Name));
                writer.Write((byte)((byte)entity.Type | (entity.IsTypeGuessed ? GuessedTypeBit : 0)));
                writer.Write7BitEncodedInt(entity.Aliases.Count);
                foreach (var alias in entity.Aliases)
                {
                    writer.Write7BitEncodedInt(strings.IndexOf(alias));
                }

                writer.Write7BitEncodedInt(entity.Mentions.Count);
                foreach (var mention in entity.Mentions)
                {
                    writer.Write7BitEncodedInt(strings.IndexOf(mention.Surface));
                    writer.Write7BitEncodedInt(mention.Start);
                    writer.Write7BitEncodedInt(mention.SentenceIndex);
                    writer.Write7BitEncodedInt(strings.IndexOf(mention.Finder));
                    writer.Write(mention.TypeHint is { } hint ? (byte)hint : NoType);
                }
            }

            writer.Write7BitEncodedInt(extraction.Relations.Count);
            foreach (var relation in extraction.Relations)
            {
                writer.Write7BitEncodedInt(strings.IndexOf(relation.SourceKey));
                writer.Write((byte)relation.Type);
                writer.Write7BitEncodedInt(strings.IndexOf(relation.TargetKey));
                writer.Write7BitEncodedInt(strings.IndexOf(relation.Evidence.ArticleId));
                writer.Write7BitEncodedInt(strings.IndexOf(relation.Evidence.Sentence));
                writer.Write7BitEncodedInt(strings.IndexOf(relation.Evidence.Cue));
                writer.Write(relation.Confidence);
            }
        }

        using var payload = new MemoryStream((int)body.Length + 64);
        using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(strings.Items.Count);
            foreach (var s in strings.Items)
            {
                writer.Write(s);
            }
        }

        body.Position = 0;
        body.CopyTo(payload);
        return payload.ToArray();
    }

    /// <summary>Decodes a payload made by <see cref="Encode"/> for the given article.</summary>
    /// <param name="article">The article it belongs to.</param>
    /// <param name="payload">The payload.</param>
    /// <returns>The extraction.</returns>
    /// <exception cref="InvalidDataException">The payload is malformed.</exception>
    public static ArticleExtraction Decode(Article article, ArraySegment<byte> payload)
    {
        try
        {
            var reader = new PayloadReader(payload);
            var strings = new string[reader.ReadCount()];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = reader.ReadString();
            }

            var entities = new LocalEntity[reader.ReadCount()];
            for (var i = 0; i < entities.Length; i++)
            {
                var key = strings[reader.Read7BitEncodedInt()];
                var name = strings[reader.Read7BitEncodedInt()];
                var (type, guessed) = EntityTypeOf(reader.ReadByte());
                var aliases = new string[reader.ReadCount()];
                for (var a = 0; a < aliases.Length; a++)
                {
                    aliases[a] = strings[reader.Read7BitEncodedInt()];
                }

                var mentions = new Mention[reader.ReadCount()];
                for (var m = 0; m < mentions.Length; m++)
                {
                    var surface = strings[reader.Read7BitEncodedInt()];
                    var start = reader.Read7BitEncodedInt();
                    var sentence = reader.Read7BitEncodedInt();
                    var finder = strings[reader.Read7BitEncodedInt()];
                    var hint = reader.ReadByte();
                    mentions[m] = new Mention(surface, start, sentence, finder, hint == NoType ? null : ToType(hint));
                }

                entities[i] = new LocalEntity(key, name, type, new EquatableArray<string>(ImmutableCollectionsMarshal.AsImmutableArray(aliases)), new EquatableArray<Mention>(ImmutableCollectionsMarshal.AsImmutableArray(mentions)), guessed);
            }

            var relations = new LocalRelation[reader.ReadCount()];
            for (var i = 0; i < relations.Length; i++)
            {
                var source = strings[reader.Read7BitEncodedInt()];
                var type = reader.ReadByte();
                var target = strings[reader.Read7BitEncodedInt()];
                var evidence = new Evidence(strings[reader.Read7BitEncodedInt()], strings[reader.Read7BitEncodedInt()], strings[reader.Read7BitEncodedInt()]);
                var relationType = RelationTypes[type] ? (RelationType)type : throw new InvalidDataException($"unknown relation type {type}");
                relations[i] = new LocalRelation(source, relationType, target, evidence, reader.ReadDouble());
            }

            if (!reader.AtEnd)
            {
                throw new InvalidDataException("trailing bytes after the extraction");
            }

            return new ArticleExtraction(article, new EquatableArray<LocalEntity>(ImmutableCollectionsMarshal.AsImmutableArray(entities)), new EquatableArray<LocalRelation>(ImmutableCollectionsMarshal.AsImmutableArray(relations)));
        }
        catch (IndexOutOfRangeException e)
        {
            // A string number past the payload's table.
            throw new InvalidDataException("malformed cached extraction: " + e.Message, e);
        }
    }

    /// <summary>
    /// Decodes a payload made by <see cref="Encode"/> into what the graph builder takes of it, for the given article:
    /// the mentions are checked and counted but not made, strings are decoded only when the merge keeps them, and the
    /// evidence's article id is the article's own string. A rebuild decodes every cached article, so what it does not
    /// make is most of its garbage.
    /// </summary>
    /// <param name="article">The article it belongs to.</param>
    /// <param name="payload">The payload.</param>
    /// <returns>The merge's input.</returns>
    /// <exception cref="InvalidDataException">The payload is malformed.</exception>
    public static MergeInput DecodeForMerge(Article article, ReadOnlySpan<byte> payload)
    {
        try
        {
            var reader = new PayloadReader(payload);
            var count = reader.ReadCount();
            var bounds = new Range[count];
            for (var i = 0; i < count; i++)
            {
                var bytes = reader.ReadStringBytes();
                var end = reader.Position;
                bounds[i] = (end - bytes.Length)..end;
            }

            var strings = new LazyStrings(payload, bounds);
            var entities = new MergeEntity[reader.ReadCount()];
            for (var i = 0; i < entities.Length; i++)
            {
                var key = strings[reader.Read7BitEncodedInt()];
                var name = strings[reader.Read7BitEncodedInt()];
                var (type, guessed) = EntityTypeOf(reader.ReadByte());
                var aliases = new string[reader.ReadCount()];
                for (var a = 0; a < aliases.Length; a++)
                {
                    aliases[a] = strings[reader.Read7BitEncodedInt()];
                }

                var mentions = reader.ReadCount();
                for (var m = 0; m < mentions; m++)
                {
                    strings.Check(reader.Read7BitEncodedInt());
                    reader.Read7BitEncodedInt();
                    reader.Read7BitEncodedInt();
                    strings.Check(reader.Read7BitEncodedInt());
                    var hint = reader.ReadByte();
                    if (hint != NoType)
                    {
                        ToType(hint);
                    }
                }

                entities[i] = new MergeEntity(key, name, type, guessed, new EquatableArray<string>(ImmutableCollectionsMarshal.AsImmutableArray(aliases)), mentions);
            }

            var relations = new MergeRelation[reader.ReadCount()];
            for (var i = 0; i < relations.Length; i++)
            {
                var source = strings[reader.Read7BitEncodedInt()];
                var type = reader.ReadByte();
                var target = strings[reader.Read7BitEncodedInt()];
                var evidence = new Evidence(strings.Shared(reader.Read7BitEncodedInt(), article.Id), strings[reader.Read7BitEncodedInt()], strings[reader.Read7BitEncodedInt()]);
                var relationType = RelationTypes[type] ? (RelationType)type : throw new InvalidDataException($"unknown relation type {type}");
                relations[i] = new MergeRelation(source, relationType, target, evidence, reader.ReadDouble());
            }

            if (!reader.AtEnd)
            {
                throw new InvalidDataException("trailing bytes after the extraction");
            }

            return new MergeInput(article, entities, relations);
        }
        catch (IndexOutOfRangeException e)
        {
            // A string number past the payload's table.
            throw new InvalidDataException("malformed cached extraction: " + e.Message, e);
        }
    }

    private static (EntityType Type, bool Guessed) EntityTypeOf(byte value) => (ToType((byte)(value & ~GuessedTypeBit)), (value & GuessedTypeBit) != 0);

    private static EntityType ToType(byte value) =>
        EntityTypes[value] ? (EntityType)value : throw new InvalidDataException($"unknown entity type {value}");

    /// <summary>Which byte values name an enum member: a table look-up per decoded type instead of a generic Enum.IsDefined.</summary>
    private static bool[] Defined<T>()
        where T : struct, Enum
    {
        var defined = new bool[byte.MaxValue + 1];
        foreach (var value in Enum.GetValues<T>())
        {
            defined[Convert.ToByte(value, System.Globalization.CultureInfo.InvariantCulture)] = true;
        }

        return defined;
    }

    /// <summary>A payload's string table, each string decoded the first time it is asked for.</summary>
    private readonly ref struct LazyStrings(ReadOnlySpan<byte> payload, Range[] bounds)
    {
        private readonly ReadOnlySpan<byte> _payload = payload;
        private readonly string?[] _decoded = new string?[bounds.Length];

        public string this[int index] => _decoded[index] ??= Encoding.UTF8.GetString(_payload[bounds[index]]);

        /// <summary>The string, as <paramref name="known"/> itself when they are equal (one string instead of a copy per payload).</summary>
        public string Shared(int index, string known)
        {
            var value = this[index];
            return value == known ? _decoded[index] = known : value;
        }

        /// <summary>Checks that a string number is in the table without decoding it.</summary>
        public void Check(int index)
        {
            if ((uint)index >= (uint)bounds.Length)
            {
                throw new InvalidDataException($"malformed cached extraction: string {index} of {bounds.Length}");
            }
        }
    }

    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> Items { get; } = [];

        public int IndexOf(string value)
        {
            if (!_index.TryGetValue(value, out var index))
            {
                index = Items.Count;
                _index[value] = index;
                Items.Add(value);
            }

            return index;
        }
    }
}
