namespace EditLint.Engine;

/// <summary>
/// The command-line tool's budgets for the GC once the managed heap holds more than <see cref="Ceiling"/> (garbage not
/// yet collected included): the youngest generation is collected once <see cref="YoungBytes"/> have been allocated
/// since the GC last collected it, and the whole heap once it holds a quarter more than the last full collection kept
/// (plus a young budget). Below the ceiling the GC keeps its own budgets, which are cheaper.
/// <para>
/// The young budget: the GC sizes the youngest generation from the last-level cache (about half of it). On a machine
/// that reports a 300 MiB cache, about 150 MB were allocated between two of its collections, and that, not what the run
/// keeps, set the peak of 16 copies of the corpus (340–343 MB; the target is under 300).
/// </para>
/// <para>
/// The old budget stands in for <c>System.GC.ConserveMemory</c>, which held the old generation to about a fifth more
/// than it kept for every run: on the corpus that was 10 full collections where the GC's own budget makes 4, and 5.7%
/// more CPU (less without it in 9 of 10 interleaved runs), for a peak (113 against 122 MB) the corpus never needed to
/// lower. Held to this budget above the ceiling only (checked every 5 ms), the 9.9 MB line of <c>LinearTimeTests</c>
/// peaks at 423–433 MB (427–435 MB with the setting, 468 MB with neither) and 16 copies of the corpus at 247–250 MB.
/// </para>
/// <para>
/// The runtime reads its GC settings at start-up, from the environment or the runtime configuration, never while it
/// runs, and a run's heap is known only as it goes: so the tool keeps to these budgets itself, from a timer.
/// </para>
/// </summary>
/// <remarks>
/// Below the ceiling the GC keeps its own young budget: collecting every 24 MiB throughout took a corpus run from 36 to 83
/// collections and 6% more CPU (six of six interleaved pairs: objects that would have died young were promoted and
/// collected again later), for a peak (225 MB) the corpus never needed to lower. With a 96 MiB ceiling the corpus run
/// made 35 collections (265 ms of pauses against 319 ms); the collections it forced were still 1.9% of its samples
/// (twenty-second stop), which the 160 MiB ceiling mostly leaves to the GC's own budget.
/// </remarks>
public sealed class HeapBudget
{
    /// <summary>
    /// The young budget over the ceiling: 16 MiB. 16 copies of the corpus (one run each, the same machine) peaked at 284 MB
    /// with it over 96 MiB; at 301 MB with 24 MiB over 128 MiB, 316 MB with 24 MiB over 160 MiB, 293–296 MB with 24 MiB
    /// and 301 MB with 32 MiB with no ceiling, and 340–343 MB with the GC's own budget.
    /// </summary>
    public const long DefaultYoungBytes = 16L << 20;

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
    private readonly Func<(long Index, long Kept)> _lastFull;
    private readonly Action _collectFull;
    private readonly Lock _gate = new();
    private long _baseline;
    private int _seen;
    private long _fullIndex = -1;
    private long _kept;
    private bool _awaitingFull;

    /// <summary>
    /// Budgets of <paramref name="youngBytes"/> (and of the old growth) above <paramref name="ceiling"/>; the GC's own
    /// counters unless a test gives its own: what has been allocated, how many young collections there were, the heap
    /// in use, the last completed full collection (its number and what it kept), and the two collections to make.
    /// </summary>
    public HeapBudget(long youngBytes = DefaultYoungBytes, long ceiling = DefaultCeiling, Func<long>? allocated = null, Func<int>? collections = null,
        Func<long>? inUse = null, Action? collect = null, Func<(long Index, long Kept)>? lastFull = null, Action? collectFull = null)
    {
        (YoungBytes, Ceiling) = (youngBytes, ceiling);
        _allocated = allocated ?? (() => GC.GetTotalAllocatedBytes());
        _collections = collections ?? (() => GC.CollectionCount(0));
        _inUse = inUse ?? (() => GC.GetTotalMemory(forceFullCollection: false));
        _collect = collect ?? (() => GC.Collect(0, GCCollectionMode.Forced, blocking: true));
        _lastFull = lastFull ?? LastFullCollection;
        // In the background, as the GC makes its own: the threads go on allocating while it marks.
        _collectFull = collectFull ?? (() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false));
        (_baseline, _seen) = (_allocated(), _collections());
    }

    /// <summary>How much may be allocated between two collections of the youngest generation above the ceiling.</summary>
    public long YoungBytes { get; }

    /// <summary>The managed heap in use below which the GC keeps its own budgets.</summary>
    public long Ceiling { get; }

    /// <summary>How many young collections this budget made (tests).</summary>
    internal int Collected { get; private set; }

    /// <summary>How many full collections this budget started (tests).</summary>
    internal int FullCollected { get; private set; }

    /// <summary>
    /// Checks every <paramref name="period"/> until disposed, from the thread pool's timer: the documents (on every
    /// core), the comparisons across them and the report (on one) are checked alike. A corpus run's peak came at its
    /// very end, as the report read the findings back; a check between documents left it where it was.
    /// </summary>
    public IDisposable CheckEvery(TimeSpan period) => new Timer(_ => Check(), null, period, period);

    /// <summary>Collects when a budget is spent and the heap is over the ceiling; from any thread.</summary>
    public void Check()
    {
        lock (_gate)
        {
            var inUse = _inUse();
            CheckOld(inUse);
            var (allocated, collections) = (_allocated(), _collections());
            // The GC collected on its own (or for the other thread): the budget starts again from here.
            if (collections != _seen)
            {
                (_baseline, _seen) = (allocated, collections);
                return;
            }
            if (allocated - _baseline < YoungBytes || inUse < Ceiling)
                return;
            _collect();
            Collected++;
            (_baseline, _seen) = (_allocated(), _collections());
        }
    }

    // A full collection when the heap holds a quarter more than the last one kept, plus a young budget (what the youngest
    // generation holds between two collections); one at a time: the next waits until this one is done and has said
    // what it kept. Over the ceiling for the first time, one full collection learns what the heap keeps.
    private void CheckOld(long inUse)
    {
        // Below the ceiling nothing is decided: the GC is not asked about its collections (checked every few ms).
        if (inUse < Ceiling)
            return;
        var (index, kept) = _lastFull();
        if (index != _fullIndex)
            (_fullIndex, _kept, _awaitingFull) = (index, kept, false);
        if (_awaitingFull || inUse < Ceiling || inUse - YoungBytes < _kept + (_kept / 4))
            return;
        _collectFull();
        _awaitingFull = true;
        FullCollected++;
    }

    // The last full collection the GC finished, blocking or in the background: its number and the bytes it kept.
    private static (long Index, long Kept) LastFullCollection()
    {
        var blocking = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var background = GC.GetGCMemoryInfo(GCKind.Background);
        var last = blocking.Index >= background.Index ? blocking : background;
        return (last.Index, last.PromotedBytes);
    }
}
