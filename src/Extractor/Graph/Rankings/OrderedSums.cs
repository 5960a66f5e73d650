namespace Digest.Extractor.Graph.Rankings;

/// <summary>
/// Adds per-chunk partial sums into one total in chunk order, whatever order the chunks finish in,
/// so the total is bit for bit the same for any thread count. Only chunks that finish ahead of their
/// turn wait here; an array that has been added is cleared and handed out again, so a handful of
/// arrays serve every chunk instead of one per chunk.
/// </summary>
internal sealed class OrderedSums
{
    private readonly Lock _gate = new();
    private readonly double[] _total;
    private readonly double[]?[] _waiting;
    private readonly Stack<double[]> _free = new();
    private int _next;

    /// <summary>A total of <paramref name="length"/> values fed by <paramref name="chunks"/> chunks.</summary>
    /// <param name="length">The number of values.</param>
    /// <param name="chunks">The number of chunks.</param>
    public OrderedSums(int length, int chunks)
    {
        _total = new double[length];
        _waiting = new double[chunks][];
    }

    /// <summary>The total once every chunk has been added.</summary>
    /// <exception cref="InvalidOperationException">A chunk is missing.</exception>
    public double[] Total => _next == _waiting.Length ? _total : throw new InvalidOperationException($"chunk {_next} was never added");

    /// <summary>A zeroed array for a chunk's partial sums.</summary>
    public double[] Rent()
    {
        lock (_gate)
        {
            if (_free.TryPop(out var free))
            {
                return free;
            }
        }

        return new double[_total.Length];
    }

    /// <summary>Files a chunk's partial sums (from <see cref="Rent"/>) and adds every chunk whose turn has come.</summary>
    /// <param name="chunk">The chunk number.</param>
    /// <param name="sums">Its partial sums; the caller lets go of them.</param>
    public void Add(int chunk, double[] sums)
    {
        lock (_gate)
        {
            _waiting[chunk] = sums;
            while (_next < _waiting.Length && _waiting[_next] is { } ready)
            {
                for (var v = 0; v < _total.Length; v++)
                {
                    _total[v] += ready[v];
                }

                Array.Clear(ready);
                _free.Push(ready);
                _waiting[_next++] = null;
            }
        }
    }
}
