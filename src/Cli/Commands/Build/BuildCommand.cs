using System.CommandLine;
using System.Diagnostics;
using Digest.Extractor.Building;
using Digest.Extractor.Caching;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;
using Digest.GraphLoader.Export;
using Digest.GraphLoader.Export.Records;

namespace Digest.Cli.Commands.Build;

/// <summary>Runs reader → extraction pipeline → graph builder → exports, and prints a summary.</summary>
/// <param name="console">Where it reports.</param>
public sealed class BuildCommand(CliConsole console)
{
    /// <summary>The exporters a build runs, in order.</summary>
    public static IReadOnlyList<IGraphExporter> Exporters { get; } = [new JsonExporter(), new GraphMlExporter(), new CypherScriptExporter(), new GrassExporter()];

    /// <summary>Runs the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code.</returns>
    public Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var paths = parseResult.GetValue(BuildCommandDefinition.Paths) ?? [];
        var outDir = parseResult.GetValue(BuildCommandDefinition.Out)!;
        var lexicons = parseResult.GetValue(BuildCommandDefinition.Lexicon) ?? [];
        var threads = parseResult.GetValue(BuildCommandDefinition.Threads);
        var noCache = parseResult.GetValue(BuildCommandDefinition.NoCache);
        try
        {
            return Task.FromResult(Run(paths, outDir, lexicons, threads, noCache));
        }
        catch (DigestInputException e)
        {
            return Task.FromResult(console.Fail(e.Message));
        }
        catch (Exception e) when (WriteFailure.Of(e) is { } failure)
        {
            return Task.FromResult(console.Fail($"cannot write the outputs in {outDir}: {failure.Message} (each output there is whole: the last build's, this one's, or none)"));
        }
    }

    private int Run(string[] paths, string outDir, string[] lexicons, int threads, bool noCache)
    {
        var clock = Stopwatch.StartNew();

        // The knowledge, the input and the last build's cache do not depend on each other: they are read side by side.
        // Opening the cache reads its entry table and checks its checksum a block at a time, holding no payload.
        var loading = Task.Run(() => ExtractorKnowledge.Load(lexicons));
        var previous = noCache ? null : BuildCache.StartLoading(outDir);
        var input = ReadInput(paths, loading);
        var knowledge = loading.GetAwaiter().GetResult();
        if (input.Count == 0)
        {
            return console.Fail($"no articles found in {string.Join(", ", paths)}");
        }

        // Taken once the input is known to be good, so a build that fails on its input creates nothing.
        using var outputLock = OutputLock.TryTake(outDir);
        if (outputLock is null)
        {
            return console.Fail($"another digest build is writing to {outDir}; run this one when it has finished");
        }

        var pipeline = DefaultPipeline.Create(knowledge);
        var version = ExtractorVersion.Of(knowledge, pipeline);
        var lexicon = LexiconSnapshot.Of(knowledge.Lexicon);
        var files = Exporters.Select(e => e.FileName).ToList();

        // The version leaves the lexicon out (the cache compares it entry by entry); whether the outputs are current does not.
        var fingerprint = input.Fingerprint(version + " lexicon " + lexicon.Fingerprint, files);
        // The cache is stamped too: a damaged or deleted cache is rebuilt even when the graph would not change.
        var stamped = files.Append(Path.Combine(BuildCache.FolderName, BuildCache.FileName)).ToList();
        if (!noCache && OutputStamp.IsCurrent(outDir, fingerprint, stamped))
        {
            console.Out.WriteLine(input.Summary);
            console.Out.WriteLine($"Up to date: no article, rule or lexicon changed since the outputs in {outDir} were written ({clock.Elapsed.TotalSeconds:0.00} s); --no-cache rebuilds them.");
            return 0;
        }

        var built = BuildProgress.Run(console, steps =>
        {
            var run = new ExtractionRun(pipeline, version, lexicon, outDir, previous, threads, files, console.Error);
            var builder = new GraphBuilder();
            var extraction = ExtractInto(builder, steps, input, run);
            if (extraction.GraphUnchanged)
            {
                // The edits gave the merge what it had last time: the exports already hold this graph.
                OutputStamp.Write(outDir, fingerprint, extraction.GraphFingerprint, stamped);
                return new BuildResult(extraction.FromCache, null, null);
            }

            if (extraction.Patch is { } planned)
            {
                using (planned.Patch)
                {
                    steps.Step("patch records", 1, _ =>
                    {
                        planned.Patch.Apply();
                        return 0;
                    });
                }

                planned.Merge.Save(outDir);
                OutputStamp.Write(outDir, fingerprint, extraction.GraphFingerprint, stamped);
                return new BuildResult(extraction.FromCache, null, planned.Patch.Records);
            }

            var graph = Merge(steps, builder);

            // The builder's per-article data is old-generation garbage now, which only a full collection returns; one
            // compacting collection here keeps the metrics and exports from growing the process on top of it.
            ReturnGarbage();
            var recordHashes = GraphRecordHashes.StartWithoutEntities(graph);
            graph = steps.Step("compute metrics", 1, _ => MetricsCache.Attach(graph, outDir, noCache, console.Error));

            // So are the metrics' working arrays (the searches' states, the community levels), and a rebuild's write adds
            // the last exports' record indexes: returned first, they do not come on top. With this and the collection after
            // reading the cache, a link-changing rebuild of the corpus peaks at 194-201 MB instead of 211-221 MB.
            ReturnGarbage();
            var exports = steps.Step("write " + string.Join(", ", Exporters.Select(e => e.FileName)), Exporters.Count, progress =>
                GraphExports.WriteAll(graph, outDir, threads, copyFromLastExports: !noCache, progress, recordHashes));
            ReportCopiedRecords(exports);
            var counts = new RecordCounts(graph.Articles.Count, graph.Entities.Count, graph.Mentions.Count, graph.Relations.Count);
            new LastMerge(extraction.GraphFingerprint, extraction.MergeHashes, counts, builder.Layout).Save(outDir);
            OutputStamp.Write(outDir, fingerprint, extraction.GraphFingerprint, stamped);
            return new BuildResult(extraction.FromCache, graph, null);
        });

        if (built.PatchedRecords is { } patched)
        {
            console.Out.WriteLine(input.Summary);
            PrintReuse(input.Count, built.FromCache);
            console.Out.WriteLine($"Records patched: the extracted articles left the graph's entities and links as they were, so {patched} record(s) were replaced in each of {string.Join(", ", Exporters.OfType<IRecordExporter>().Select(e => Path.Combine(outDir, e.FileName)))}, the rest copied ({clock.Elapsed.TotalSeconds:0.00} s).");
            return 0;
        }

        if (built.Graph is null)
        {
            console.Out.WriteLine(input.Summary);
            PrintReuse(input.Count, built.FromCache);
            console.Out.WriteLine($"Graph unchanged: the extracted articles give the graph what they gave last time, so {string.Join(", ", files.Select(f => Path.Combine(outDir, f)))} were kept ({clock.Elapsed.TotalSeconds:0.00} s).");
            return 0;
        }

        PrintSummary(built.Graph, input.Summary, built.FromCache, outDir, clock.Elapsed);
        return 0;
    }

    /// <summary>Says how much of the exports was copied from the last build's files rather than formatted again.</summary>
    private void ReportCopiedRecords(IReadOnlyList<ExportResult> exports)
    {
        var records = exports.Sum(e => (long)e.Records);
        var copied = exports.Sum(e => (long)e.CopiedRecords);
        var heads = exports.Sum(e => (long)e.CopiedHeads);
        if (copied > 0 || heads > 0)
        {
            var headsCopied = heads > 0 ? $", and the fields before the metrics of {heads} more" : string.Empty;
            console.Error.WriteLine($"write: {copied} of {records} records copied unchanged from the last build's files{headsCopied}");
        }
    }

    /// <summary>Reads the input while the knowledge loads; a bad lexicon is reported before a bad input, as when they were loaded one after the other.</summary>
    private BuildInput ReadInput(string[] paths, Task<ExtractorKnowledge> loading)
    {
        try
        {
            return BuildInput.Read(paths, console.Error);
        }
        catch (DigestInputException)
        {
            loading.GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>
    /// A full compacting collection that also hands the memory it frees back to the system (the collector otherwise
    /// keeps free regions committed for later), so that the next step's data takes the place of garbage instead of
    /// growing the process. It takes 0.1-0.3 s on the corpus, and the collector's pauses in all stay what they were.
    /// </summary>
    private static void ReturnGarbage() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>
    /// Merges the graph. The articles' text and the caches are garbage by now: collecting them first lets the merge's
    /// arrays reuse that memory (on four copies of the corpus the merge took 3.6-4.8 s after this collection, 4.6-5.2 s
    /// without it). The steps are methods of their own because a method not yet optimised (tier 0) keeps every
    /// temporary it held alive until it returns.
    /// </summary>
    private static KnowledgeGraphData Merge(IStepReporter steps, GraphBuilder builder)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return steps.Step("build graph", 1, _ => builder.Build());
    }

    /// <summary>
    /// Extracts the articles (through the last build's cache, unless --no-cache) and saves the new cache. With a cache,
    /// the articles it cannot give are extracted first; when every article then gives the merge what it gave the graph
    /// the outputs hold, or leaves its entities and links as they were (<see cref="ExportPatching"/>), nothing is fed to the builder.
    /// Otherwise every article goes into the builder, in input order.
    /// </summary>
    private static ExtractionOutcome ExtractInto(GraphBuilder builder, IStepReporter steps, BuildInput input, ExtractionRun run)
    {
        using var previous = run.Cache?.Take(run.Version, run.Error);
        var extractor = new IncrementalExtractor(run.Pipeline, run.Version, run.Lexicon);
        var articles = input.TakeArticles();
        var prepared = extractor.Prepare(articles, input.Keys, previous, run.Threads);
        if (prepared.ToExtractAhead > 0)
        {
            steps.Step("extract", prepared.ToExtractAhead, progress =>
            {
                prepared.ExtractAhead(progress);
                return 0;
            });
        }

        ReportLexiconChange(prepared.LexiconChange, run.Error);
        var graphFingerprint = prepared.HasMergeHashes ? input.GraphFingerprint(prepared.MergeHashes(), run.Files) : null;
        var unchanged = graphFingerprint is not null && OutputStamp.HoldsGraph(run.OutDir, graphFingerprint, run.Files);
        var patch = !unchanged && graphFingerprint is not null && previous is not null
            ? ExportPatching.TryPlan(run.OutDir, input, prepared, previous, run.Files)
            : null;
        if (!unchanged && patch is null)
        {
            steps.Step(prepared.HasMergeHashes ? "read cache" : "extract", input.Count, progress =>
            {
                prepared.Feed((article, payload) => ExtractionCodec.DecodeForMerge(article, payload), MergeInput.Of, builder.Add, progress);
                return 0;
            });

            // Every extraction decoded or made here is garbage once the builder has its merge input: returned before the
            // cache is saved, it does not come under the cache's blocks.
            ReturnGarbage();
        }

        // The stamp goes first: from here on outputs (the cache among them) are rewritten.
        OutputStamp.Remove(run.OutDir);
        steps.Step("save cache", 1, _ =>
        {
            BuildCache.Save(run.OutDir, prepared.Cache());
            return 0;
        });
        var mergeHashes = prepared.MergeHashes();
        return new ExtractionOutcome(prepared.FromCache, graphFingerprint ?? input.GraphFingerprint(mergeHashes, run.Files), mergeHashes, unchanged, patch);
    }

    private static void ReportLexiconChange(LexiconChange change, TextWriter error)
    {
        if (change.Count > 0 || change.ReachesEveryArticle)
        {
            error.WriteLine(change.ReachesEveryArticle
                ? "note: a changed lexicon entry has a name of spaces and punctuation only, which can match anywhere: every article was extracted again"
                : $"note: the lexicon changed ({change.Count} name key(s)): the articles that name a changed entry were extracted again");
        }
    }

    private void PrintReuse(int articles, int fromCache) =>
        console.Out.WriteLine($"Extracted {articles - fromCache} article(s); reused {fromCache} from the build cache.");

    private void PrintSummary(KnowledgeGraphData graph, string readLine, int fromCache, string outDir, TimeSpan elapsed)
    {
        var output = console.Out;
        output.WriteLine(readLine);
        PrintReuse(graph.Articles.Count, fromCache);
        output.WriteLine($"Entities: {graph.Entities.Count}");
        foreach (var group in graph.Entities.GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {SchemaNames.Label(group.Key),-13} {group.Count(),7}");
        }

        output.WriteLine($"Relations: {graph.Relations.Count} (+ {graph.Mentions.Count} MENTIONS)");
        foreach (var group in graph.Relations.GroupBy(r => r.Type).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {SchemaNames.Name(group.Key),-13} {group.Count(),7}");
        }

        output.WriteLine($"Wrote {string.Join(", ", Exporters.Select(e => Path.Combine(outDir, e.FileName)))} in {elapsed.TotalSeconds:0.00} s.");
    }

    /// <summary>What the extraction step needs besides the articles.</summary>
    private sealed record ExtractionRun(ExtractionPipeline Pipeline, string Version, LexiconSnapshot Lexicon, string OutDir, PendingCache? Cache, int Threads, IReadOnlyList<string> Files, TextWriter Error);

    /// <summary>
    /// How many articles came from the cache, the fingerprint of the graph they give and each article's merge input hash,
    /// whether the outputs hold that graph already, and the patch that makes them hold it when the edits left the graph's
    /// entities and links as they were.
    /// </summary>
    private sealed record ExtractionOutcome(int FromCache, string GraphFingerprint, UInt128[] MergeHashes, bool GraphUnchanged, PlannedPatch? Patch);

    /// <summary>How many articles came from the cache, the graph built (null when the outputs held it already or were patched) and how many records a patch replaced.</summary>
    private sealed record BuildResult(int FromCache, KnowledgeGraphData? Graph, int? PatchedRecords);
}
