namespace Digest.Extractor.Pipeline;

/// <summary>
/// Produces items in parallel and hands them on in index order as soon as the ones before them
/// are done, so a consumer can fold them up one by one instead of holding all of them: the
/// workers take indices in order, and whichever finishes an item first passes on every item
/// ready at the front (one worker at a time). The consumer sees the same sequence for any
/// thread count.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Runs <paramref name="produce"/> for each index on up to <paramref name="maxDegreeOfParallelism"/> threads; <paramref name="consume"/> gets every result in index order, never on two threads at once.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="count">How many items.</param>
    /// <param name="maxDegreeOfParallelism">Threads; 0 or less means all cores.</param>
    /// <param name="produce">Makes item i (thread-safe).</param>
    /// <param name="consume">Receives item i, in order.</param>
    public static void Run<T>(int count, int maxDegreeOfParallelism, Func<int, T> produce, Action<int, T> consume)
        where T : class
    {
        var ready = new T?[count];
        var gate = new object();
        var next = -1;
        var front = 0;
        var workers = Math.Max(1, Math.Min(count, maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount));

        void PassOnReady()
        {
            while (Monitor.TryEnter(gate))
            {
                try
                {
                    while (front < count && Volatile.Read(ref ready[front]) is { } item)
                    {
                        ready[front] = null;
                        consume(front, item);
                        front++;
                    }
                }
                finally
                {
                    Monitor.Exit(gate);
                }

                // An item finished while this thread held the gate may now be at the front, and its
                // worker gave up on the gate: look once more so it is not left waiting.
                Interlocked.MemoryBarrier();
                var first = Volatile.Read(ref front);
                if (first >= count || Volatile.Read(ref ready[first]) is null)
                {
                    return;
                }
            }
        }

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                Volatile.Write(ref ready[i], produce(i));
                PassOnReady();
            }
        });
        PassOnReady();
    }
}
