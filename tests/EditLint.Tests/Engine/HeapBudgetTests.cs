using EditLint.Engine;

namespace EditLint.Tests.Engine;

/// <summary>The command-line tool's own budgets for the GC, on counters the test moves.</summary>
public sealed class HeapBudgetTests
{
    private long _allocated = 1_000;
    private int _collections = 5;
    private long _inUse = 5_000;
    private int _collects;
    // The last full collection the GC finished, and the full collections the budget started.
    private (long Index, long Kept) _lastFull = (3, 4_000);
    private int _fullCollects;

    private HeapBudget Budget(long bytes, long ceiling = 1_000) => new(bytes, ceiling, () => _allocated, () => _collections, () => _inUse, () =>
    {
        _collects++;
        _collections++;
    }, () => _lastFull, () => _fullCollects++);

    // One byte short of the budget collects nothing; the last byte makes one collection.
    private void CollectsAfterExactly(HeapBudget budget, long bytes)
    {
        var before = _collects;
        _allocated += bytes - 1;
        budget.Check();
        Assert.Equal(before, _collects);
        _allocated += 1;
        budget.Check();
        Assert.Equal(before + 1, _collects);
    }

    [Fact]
    public void The_youngest_generation_is_collected_once_the_budget_is_spent_with_no_collection_since()
    {
        var budget = Budget(100);

        CollectsAfterExactly(budget, 100);
        Assert.Equal(1, budget.Collected);

        // Counted again from the collection it made.
        CollectsAfterExactly(budget, 100);
        Assert.Equal(2, budget.Collected);
        Assert.Equal(0, _fullCollects);
    }

    [Fact]
    public void A_collection_the_GC_made_on_its_own_starts_the_budget_again()
    {
        var budget = Budget(100);

        _allocated += 150;
        _collections++;
        budget.Check();
        Assert.Equal(0, _collects);

        CollectsAfterExactly(budget, 100);
    }

    [Fact]
    public void Below_the_ceiling_a_spent_budget_waits_until_the_heap_is_over_it()
    {
        var budget = Budget(100, ceiling: 10_000);

        _allocated += 500;
        budget.Check();
        Assert.Equal(0, _collects);

        _inUse = 10_000;
        budget.Check();
        Assert.Equal(1, _collects);
    }

    [Fact]
    public void The_whole_heap_is_collected_once_it_holds_a_quarter_more_than_the_last_full_collection_kept_and_a_young_budget()
    {
        // Kept 4,000: collected from 4,000 + 1,000 + 100 on.
        var budget = Budget(100);

        _inUse = 5_099;
        budget.Check();
        Assert.Equal(0, _fullCollects);

        _inUse = 5_100;
        budget.Check();
        Assert.Equal(1, _fullCollects);
        Assert.Equal(1, budget.FullCollected);
    }

    [Fact]
    public void A_full_collection_waits_for_the_last_to_finish_and_counts_from_what_it_kept()
    {
        var budget = Budget(100);
        _inUse = 9_000;
        budget.Check();
        Assert.Equal(1, _fullCollects);

        // Still running in the background: no second one.
        budget.Check();
        Assert.Equal(1, _fullCollects);

        // Done, having kept 7,000: the next from 7,000 + 1,750 + 100 on.
        _lastFull = (4, 7_000);
        _inUse = 8_849;
        budget.Check();
        Assert.Equal(1, _fullCollects);
        _inUse = 8_850;
        budget.Check();
        Assert.Equal(2, _fullCollects);
    }

    [Fact]
    public void Below_the_ceiling_the_old_generation_grows_as_the_GC_lets_it()
    {
        // Far past a quarter more than it kept, but under the ceiling: the corpus's run, left to the GC's own budgets.
        var budget = Budget(100, ceiling: 10_000);
        _lastFull = (3, 10);

        _inUse = 9_999;
        budget.Check();
        Assert.Equal(0, _fullCollects);

        _inUse = 10_000;
        budget.Check();
        Assert.Equal(1, _fullCollects);
    }

    [Fact]
    public void A_full_collection_the_GC_made_on_its_own_sets_the_next_budget()
    {
        var budget = Budget(100);
        _inUse = 5_000;
        budget.Check();
        Assert.Equal(0, _fullCollects);

        // The GC's own full collection kept 8,000: 5,100 no longer spends the budget, 10,100 does.
        _lastFull = (4, 8_000);
        _inUse = 10_099;
        budget.Check();
        Assert.Equal(0, _fullCollects);
        _inUse = 10_100;
        budget.Check();
        Assert.Equal(1, _fullCollects);
    }

    [Fact]
    public void On_the_GC_s_own_counters_a_spent_budget_collects()
    {
        // A budget of one byte, with no ceiling, is spent by the arrays below (the GC counts whole allocation contexts,
        // some KB each), unless the GC collected meanwhile on its own.
        var budget = new HeapBudget(1, ceiling: 0);
        var before = GC.CollectionCount(0);
        for (var i = 0; i < 100; i++)
            GC.KeepAlive(new byte[1_000]);

        budget.Check();

        Assert.True(GC.CollectionCount(0) > before);
    }

    [Fact]
    public void On_the_GC_s_own_counters_an_old_budget_spent_starts_a_full_collection()
    {
        // With no ceiling and nothing kept yet, the first check starts a full collection, in the background. Another test
        // may have one running already, which the request joins: either way a full collection finishes after it.
        static long LastFull() => Math.Max(GC.GetGCMemoryInfo(GCKind.FullBlocking).Index, GC.GetGCMemoryInfo(GCKind.Background).Index);
        var budget = new HeapBudget(ceiling: 0, lastFull: () => (0, 0));
        var before = LastFull();

        budget.Check();

        Assert.Equal(1, budget.FullCollected);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (LastFull() == before && waited.Elapsed < TimeSpan.FromSeconds(30))
            Thread.Sleep(10);
        Assert.True(LastFull() > before);
    }
}
