namespace EditLint.Engine;

/// <summary>
/// Over a run of many files, collects the GC's youngest generation once <see cref="Bytes"/> have been allocated since
/// the GC last collected it, while the managed heap holds more than <see cref="Ceiling"/>. The GC sizes that
/// generation's budget from the last-level cache (about half of it): on a machine that reports a 300 MiB cache, about
/// 150 MB were allocated between two of its collections, and that budget, not what the run keeps, set the peak of 16
/// copies of the corpus (340–343 MB; the target is under 300). The runtime reads the budget from the environment only
/// (<c>DOTNET_GCgen0size</c>), never from the tool's runtime configuration, so a run over many files keeps to one
/// itself (the command-line tool, from <see cref="LintOptions.ManyFiles"/> files on). Where the cache is small the GC
/// collects first and this never does.
/// </summary>
/// <remarks>
/// Below the ceiling the GC keeps its own budget: collecting every 24 MiB throughout took a corpus run from 36 to 83
/// collections and 6% more CPU (six of six interleaved pairs: objects that would have died young were promoted and
/// collected again later), for a peak (225 MB) the corpus never needed to lower. With a 96 MiB ceiling the corpus run
/// made 35 collections (265 ms of pauses against 319 ms); the collections it forced were still 1.9% of its samples
/// (twenty-second stop), which the 160 MiB ceiling mostly leaves to the GC's own budget.
/// </remarks>
public sealed class YoungGenerationBudget
{
    /// <summary>
    /// The budget over the ceiling: 16 MiB. 16 copies of the corpus (one run each, the same machine) peaked at 284 MB
    /// with it over 96 MiB; at 301 MB with 24 MiB over 128 MiB, 316 MB with 24 MiB over 160 MiB, 293–296 MB with 24 MiB
    /// and 301 MB with 32 MiB with no ceiling, and 340–343 MB with the GC's own budget.
    /// </summary>
    public const long DefaultBytes = 16L << 20;

    /// <summary>
    /// From this much managed heap in use (garbage not yet collected included) on: a 16× run's heap passes it early, the
    /// corpus's run rarely. 160 MiB, not the 96 MiB it was: the corpus in 1.6% less CPU (9 of 10 interleaved runs) and
    /// 16 copies at a 258 MB peak against 253 MB (twenty-second stop, one run each; the peaks quoted above are older code's).
    /// </summary>
    public const long DefaultCeiling = 160L << 20;

    private readonly Func<long> _allocated;
    private readonly Func<int> _collections;
    private readonly Func<long> _inUse;
    private readonly Action _collect;
    private readonly Lock _gate = new();
    private long _baseline;
    private int _seen;

    /// <summary>A budget of <paramref name="bytes"/> above <paramref name="ceiling"/>; the GC's own counters unless a test gives its own.</summary>
    public YoungGenerationBudget(long bytes = DefaultBytes, long ceiling = DefaultCeiling, Func<long>? allocated = null, Func<int>? collections = null,
        Func<long>? inUse = null, Action? collect = null)
    {
        (Bytes, Ceiling) = (bytes, ceiling);
        _allocated = allocated ?? (() => GC.GetTotalAllocatedBytes());
        _collections = collections ?? (() => GC.CollectionCount(0));
        _inUse = inUse ?? (() => GC.GetTotalMemory(forceFullCollection: false));
        _collect = collect ?? (() => GC.Collect(0, GCCollectionMode.Forced, blocking: true));
        (_baseline, _seen) = (_allocated(), _collections());
    }

    /// <summary>How much may be allocated between two collections of the youngest generation above the ceiling.</summary>
    public long Bytes { get; }

    /// <summary>The managed heap in use below which the GC keeps its own budget.</summary>
    public long Ceiling { get; }

    /// <summary>How many collections this budget made (tests).</summary>
    internal int Collected { get; private set; }

    /// <summary>
    /// Checks every <paramref name="period"/> until disposed, from the thread pool's timer: the documents (on every
    /// core), the comparisons across them and the report (on one) are checked alike. A corpus run's peak came at its
    /// very end, as the report read the findings back; a check between documents left it where it was.
    /// </summary>
    public IDisposable CheckEvery(TimeSpan period) => new Timer(_ => Check(), null, period, period);

    /// <summary>Collects when the budget is spent and the heap is over the ceiling; from any thread.</summary>
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
            if (allocated - _baseline < Bytes || _inUse() < Ceiling)
                return;
            _collect();
            Collected++;
            (_baseline, _seen) = (_allocated(), _collections());
        }
    }
}
