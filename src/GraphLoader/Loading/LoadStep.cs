namespace Digest.GraphLoader.Loading;

/// <summary>Progress of a load: a step finished.</summary>
/// <param name="Done">Steps done.</param>
/// <param name="Total">Steps in all.</param>
/// <param name="Purpose">What the finished step did.</param>
public sealed record LoadStep(int Done, int Total, string Purpose);
