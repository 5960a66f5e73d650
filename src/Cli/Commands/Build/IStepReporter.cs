namespace Digest.Cli.Commands.Build;

/// <summary>Shows the progress of a build's steps (a bar on a terminal, plain lines elsewhere).</summary>
public interface IStepReporter
{
    /// <summary>Runs one step and reports its progress.</summary>
    /// <typeparam name="T">The step's result.</typeparam>
    /// <param name="name">The step's name (<c>read</c>, <c>extract</c> …).</param>
    /// <param name="total">Units of work (articles), or 1 for a step reported only when done.</param>
    /// <param name="work">The step; it reports how many units are done.</param>
    T Step<T>(string name, int total, Func<IProgress<int>, T> work);
}
