namespace Digest.Cli.Commands.Build;

/// <summary>Reports progress synchronously on the reporting thread (unlike <see cref="Progress{T}"/>, which posts to a context).</summary>
/// <param name="report">Called with each value.</param>
internal sealed class CallbackProgress(Action<int> report) : IProgress<int>
{
    /// <inheritdoc />
    public void Report(int value) => report(value);
}
