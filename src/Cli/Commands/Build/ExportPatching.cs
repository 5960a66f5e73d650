using Digest.Extractor.Building;
using Digest.Extractor.Caching;
using Digest.GraphLoader.Export;
using Digest.GraphLoader.Export.Records;

namespace Digest.Cli.Commands.Build;

/// <summary>
/// Decides whether a rebuild can patch the exports instead of merging and writing the graph again: when the outputs hold
/// the graph of the last merge (<see cref="LastMerge"/>), untouched, and every article whose merge input changed since
/// stands on the same line and leaves the graph's entities and links as they were (<see cref="GraphEdit.Between"/>), the
/// new graph is the old one with some relationships' evidence and confidence and some mention counts edited. Anything
/// else (an added, removed or moved article, a changed entity, a new link, a count that changes an entity's name or
/// type when voted again, a touched export or index, a cache without the extraction the last merge took) gives null, and the build
/// merges as usual; so does an edit whose result the old records cannot tell (<see cref="EvidenceEdit.TryApply"/>).
/// </summary>
internal static class ExportPatching
{
    /// <summary>The patch of this build's edits, prepared and checked but not applied; null when the build must merge.</summary>
    /// <param name="outDir">The output folder.</param>
    /// <param name="input">The build's input.</param>
    /// <param name="prepared">Its extraction, with every merge input hash known.</param>
    /// <param name="previous">The last build's cache, which holds the extractions the last merge took.</param>
    /// <param name="files">The output files, in order.</param>
    public static PlannedPatch? TryPlan(string outDir, BuildInput input, PreparedExtraction prepared, ExtractionCache previous, IReadOnlyList<string> files)
    {
        if (LastMerge.TryLoad(outDir) is not { } last || last.MergeHashes.Length != input.Count)
        {
            return null;
        }

        // The exports hold the graph of the last merge's inputs on this input's lines, made by this code, untouched.
        if (input.GraphFingerprint(last.MergeHashes, files) != last.GraphFingerprint || !OutputStamp.HoldsGraph(outDir, last.GraphFingerprint, files))
        {
            return null;
        }

        var hashes = prepared.MergeHashes();
        var edits = new List<GraphEdit>();
        var relationPlaces = new Dictionary<int, int[]>();
        var befores = new Dictionary<int, MergeInput>();
        var afters = new Dictionary<int, MergeInput>();
        GraphEdit edit;
        try
        {
            for (var i = 0; i < hashes.Length; i++)
            {
                if (hashes[i] == last.MergeHashes[i])
                {
                    continue;
                }

                var after = prepared.MergeInputOf(i);
                if (!previous.TryGetMergeInput(last.MergeHashes[i], after.Article, out var before)
                    || MergeInputHash.Of(before) != last.MergeHashes[i]
                    || GraphEdit.Between(before, after, last.Layout, i, out var places) is not { } articleEdit)
                {
                    return null;
                }

                edits.Add(articleEdit);
                relationPlaces[i] = places;
                (befores[i], afters[i]) = (before, after);
            }

            // A count change that could turn the vote for an entity's name or type is settled by voting again over
            // its articles, each as the last merge took it and as this one takes it (unchanged ones decoded once).
            var unchanged = new Dictionary<int, MergeInput>();
            MergeInput After(int article) => afters.TryGetValue(article, out var after) ? after : Unchanged(article);
            MergeInput Before(int article) => befores.TryGetValue(article, out var before) ? before : Unchanged(article);
            MergeInput Unchanged(int article) => unchanged.TryGetValue(article, out var input) ? input : unchanged[article] = prepared.MergeInputOf(article);
            edit = GraphEdit.Combine(edits).WithVotesSettled(last.Layout, Before, After);
        }
        catch (InvalidDataException)
        {
            return null;
        }

        var exports = BuildCommand.Exporters.OfType<IRecordExporter>()
            .Select(e => (e, Path.Combine(outDir, e.FileName), GraphExports.IndexPath(outDir, e.FileName)))
            .ToList();
        var patch = RecordPatch.TryPrepare(exports, last.Counts, edit);
        var graphFingerprint = input.GraphFingerprint(hashes, files);
        var layout = last.Layout with { Relations = last.Layout.Relations.With(relationPlaces) };
        return patch is null ? null : new PlannedPatch(patch, last with { GraphFingerprint = graphFingerprint, MergeHashes = hashes, Layout = layout });
    }
}
