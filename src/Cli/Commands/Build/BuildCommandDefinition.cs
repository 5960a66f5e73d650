using System.CommandLine;

namespace Digest.Cli.Commands.Build;

/// <summary>The options of <c>digest build</c>.</summary>
public static class BuildCommandDefinition
{
    /// <summary>Digest files or folders.</summary>
    public static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "Digest files (.txt, .md) or folders of them",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The output folder.</summary>
    public static readonly Option<string> Out = new("--out", "-o")
    {
        Description = "Folder for graph.json, graph.graphml and import.cypher",
        DefaultValueFactory = _ => "out",
    };

    /// <summary>Extra lexicon files.</summary>
    public static readonly Option<string[]> Lexicon = new("--lexicon")
    {
        Description = "Extra lexicon TSV files (name, type, aliases) read after the shipped one",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Thread count.</summary>
    public static readonly Option<int> Threads = new("--threads")
    {
        Description = "Extraction threads (0 = all cores); output is identical for any count",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>Ignore the build cache in the output folder.</summary>
    public static readonly Option<bool> NoCache = new("--no-cache")
    {
        Description = "Extract every article again instead of reusing the cache of the last build (out/.digest-cache)",
    };

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where it reports.</param>
    public static Command Create(CliConsole console)
    {
        var command = new Command("build", "Extract a knowledge graph from digest files and write graph.json, graph.graphml and import.cypher")
        {
            Paths, Out, Lexicon, Threads, NoCache,
        };
        var action = new BuildCommand(console);
        command.SetAction((parseResult, cancellationToken) => action.ExecuteAsync(parseResult, cancellationToken));
        return command;
    }
}
