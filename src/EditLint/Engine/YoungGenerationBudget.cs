namespace EditLint.Engine;

/// <summary>
/// Over a run of many files, collects the GC's youngest generation once <see cref="Bytes"/> have been allocated since
/// the GC last collected it. The GC sizes that generation's budget from the last-level cache (about half of it): on a
/// machine that reports a 300 MiB cache, about 150 MB were allocated between two of its collections, and that budget,
/// not what the run keeps, set a corpus run's peak (219–224 MB; 165–179 MB with a 32 MiB budget, at the same CPU). The
/// runtime reads that budget from the environment only (<c>DOTNET_GCgen0size</c>), never from the tool's runtime
/// configuration, so a run over many files keeps to one itself (the command-line tool, from
/// <see cref="LintOptions.ManyFiles"/> files on). Where the cache is small the GC collects first and this never does.
/// </summary>
public sealed class YoungGenerationBudget
{
    /// <summary>
    /// The budget a run of many files keeps to: 24 MiB. 16 copies of the corpus peaked at 293–296 MB with it, at 301 MB
    /// with 32 MiB and 340–343 MB with the GC's own (two runs each).
    /// </summary>
    public const long DefaultBytes = 24L << 20;

    private readonly Func<long> _allocated;
    private readonly Func<int> _collections;
    private readonly Action _collect;
    private readonly Lock _gate = new();
    private long _baseline;
    private int _seen;

    /// <summary>A budget of <paramref name="bytes"/>; the GC's own counters unless a test gives its own.</summary>
    public YoungGenerationBudget(long bytes = DefaultBytes, Func<long>? allocated = null, Func<int>? collections = null, Action? collect = null)
    {
        Bytes = bytes;
        _allocated = allocated ?? (() => GC.GetTotalAllocatedBytes());
        _collections = collections ?? (() => GC.CollectionCount(0));
        _collect = collect ?? (() => GC.Collect(0, GCCollectionMode.Forced, blocking: true));
        (_baseline, _seen) = (_allocated(), _collections());
    }

    /// <summary>How much may be allocated between two collections of the youngest generation.</summary>
    public long Bytes { get; }

    /// <summary>How many collections this budget made (tests).</summary>
    internal int Collected { get; private set; }

    /// <summary>
    /// Checks every <paramref name="period"/> until disposed, from the thread pool's timer: the documents (on every
    /// core), the comparisons across them and the report (on one) are checked alike. A corpus run's peak came at its
    /// very end, as the report read the findings back; a check between documents left it where it was.
    /// </summary>
    public IDisposable CheckEvery(TimeSpan period) => new Timer(_ => Check(), null, period, period);

    /// <summary>Collects when the budget is spent; from any thread.</summary>
    public void Check()
    {
        lock (_gate)
        {
            var (allocated, collections) = (_allocated(), _collections());
            // The GC collected on its own (or for the other thread): the budget starts again from here.
            if (collections != _seen)
            {
                (_baseline, _seen) = (allocated, collections);
                return;
            }
            if (allocated - _baseline < Bytes)
                return;
            _collect();
            Collected++;
            (_baseline, _seen) = (_allocated(), _collections());
        }
    }
}
