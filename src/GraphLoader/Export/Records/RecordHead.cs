using System.Runtime.CompilerServices;

namespace Digest.GraphLoader.Export.Records;

/// <summary>
/// The first part of a record whose last part changes more often than the rest: an entity's fields
/// before its metrics, which a link edit changes for most entities while leaving their names and
/// articles alone. A rebuild copies the head of such a record from the last export and formats only
/// the rest (<see cref="RecordCopier.TryCopyHead"/>).
/// </summary>
/// <param name="Hash">The hash of what the head's bytes depend on.</param>
/// <param name="Length">How many bytes the head has; 0 when the record has none or it is not known.</param>
internal readonly record struct RecordHead(ulong Hash, int Length)
{
    /// <summary>No head: the record is copied whole or formatted whole.</summary>
    public static RecordHead None => default;

    /// <summary>Whether there is a head to copy.</summary>
    public bool IsKnown
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Length > 0;
    }
}
