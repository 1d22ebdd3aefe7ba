using EditLint.Engine;

namespace EditLint.Tests.Engine;

/// <summary>The engine's own budget for the GC's youngest generation, on counters the test moves.</summary>
public sealed class YoungGenerationBudgetTests
{
    private long _allocated = 1_000;
    private int _collections = 5;
    private long _inUse = 5_000;
    private int _collects;

    private YoungGenerationBudget Budget(long bytes, long ceiling = 1_000) => new(bytes, ceiling, () => _allocated, () => _collections, () => _inUse, () =>
    {
        _collects++;
        _collections++;
    });

    // One byte short of the budget collects nothing; the last byte makes one collection.
    private void CollectsAfterExactly(YoungGenerationBudget budget, long bytes)
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
    public void On_the_GC_s_own_counters_a_spent_budget_collects()
    {
        // A budget of one byte, with no ceiling, is spent by the arrays below (the GC counts whole allocation contexts,
        // some KB each), unless the GC collected meanwhile on its own.
        var budget = new YoungGenerationBudget(1, ceiling: 0);
        var before = GC.CollectionCount(0);
        for (var i = 0; i < 100; i++)
            GC.KeepAlive(new byte[1_000]);

        budget.Check();

        Assert.True(GC.CollectionCount(0) > before);
    }
}
