namespace Digest.Cli.Commands.Build;

/// <summary>How one export of a build went.</summary>
/// <param name="FileName">The file written.</param>
/// <param name="Elapsed">How long it took.</param>
/// <param name="Records">How many records (nodes, edges, rows) it holds; 0 for a file written whole (the style).</param>
/// <param name="CopiedRecords">How many of them were copied unchanged from the last build's file.</param>
/// <param name="CopiedHeads">How many more had their head copied from it (an entity whose metrics alone changed).</param>
internal sealed record ExportResult(string FileName, TimeSpan Elapsed, int Records, int CopiedRecords, int CopiedHeads);
