namespace Digest.Cli;

/// <summary>
/// Tells a failure to write outputs (a full disk, a folder that cannot be made, no permission) from a bug: the first is
/// the user's to fix and gets a one-line error, the second keeps its stack trace. Exports written side by side fail as
/// an <see cref="AggregateException"/>, so its inner exceptions are looked through.
/// </summary>
internal static class WriteFailure
{
    /// <summary>The file-system error behind <paramref name="exception"/>, or null when it is something else.</summary>
    /// <param name="exception">What was thrown.</param>
    public static Exception? Of(Exception exception) => exception switch
    {
        IOException or UnauthorizedAccessException => exception,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(Of).FirstOrDefault(e => e is not null),
        _ => null,
    };
}
