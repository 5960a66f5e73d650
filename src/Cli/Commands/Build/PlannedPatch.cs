using Digest.GraphLoader.Export.Records;

namespace Digest.Cli.Commands.Build;

/// <summary>A patch of the exports ready to apply, and the record of the merge it leaves them holding.</summary>
/// <param name="Patch">The exports' patch.</param>
/// <param name="Merge">The last merge as the patched exports hold it: the edited articles' merge input hashes and relation places in place of the old ones.</param>
internal sealed record PlannedPatch(RecordPatch Patch, LastMerge Merge);
