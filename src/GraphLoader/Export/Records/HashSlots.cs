using System.Numerics;
using System.Runtime.CompilerServices;

namespace Digest.GraphLoader.Export.Records;

/// <summary>
/// Finds an entry by its 64-bit hash: an open-addressing table of entry numbers at the first free slot from the hash's
/// low bits (XXH64 mixes them well), twice as many slots as entries. Each slot also holds as many of the hash's high
/// bits as the entry number leaves room for, so a search for a hash that is not there (every changed record's) rarely
/// reads the hashes themselves, which lie far apart in memory.
/// </summary>
internal sealed class HashSlots
{
    private readonly ulong[] _hashes;
    private readonly uint[] _slots;
    private readonly int _entryBits;
    private readonly uint _entryMask;

    /// <summary>Builds the table of <paramref name="hashes"/>, which it keeps and reads.</summary>
    /// <param name="hashes">Each entry's hash.</param>
    public HashSlots(ulong[] hashes)
    {
        _hashes = hashes;
        // Slot values are entry + 1, so that 0 is free; an array's length leaves at least one bit for the tag.
        _entryBits = 32 - BitOperations.LeadingZeroCount((uint)hashes.Length);
        _entryMask = (uint)((1UL << _entryBits) - 1);
        _slots = new uint[BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, hashes.Length * 2))];
        var mask = _slots.Length - 1;
        for (var entry = 0; entry < hashes.Length; entry++)
        {
            var slot = (int)hashes[entry] & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = Tag(hashes[entry]) | (uint)(entry + 1);
        }
    }

    /// <summary>The entry with this hash, or -1.</summary>
    /// <param name="hash">The hash.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ulong hash)
    {
        var mask = _slots.Length - 1;
        var tag = Tag(hash);
        for (var slot = (int)hash & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            var value = _slots[slot];
            if ((value & ~_entryMask) == tag && _hashes[(value & _entryMask) - 1] == hash)
            {
                return (int)(value & _entryMask) - 1;
            }
        }

        return -1;
    }

    /// <summary>The hash's high bits, in the slot bits the entry number leaves free.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Tag(ulong hash) => (uint)(hash >> (32 + _entryBits)) << _entryBits;
}
