namespace Digest.Cli.Analysis;

/// <summary>How an analysis command prints its answer.</summary>
public enum OutputFormat
{
    /// <summary>Tables and trees for people.</summary>
    Table,

    /// <summary>JSON for scripts.</summary>
    Json,
}
