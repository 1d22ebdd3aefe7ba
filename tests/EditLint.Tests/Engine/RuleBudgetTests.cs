using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Engine;
using EditLint.Rules;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Engine;

public sealed class RuleBudgetTests
{
    private static readonly RuleDescriptor Descriptor = new("EL0914", "Budget", "never", RuleCategory.Engine, Severity.Info);

    [Fact]
    public void A_rule_s_contexts_make_no_deadline_until_the_rule_asks_for_its_token()
    {
        using var budget = new RuleBudget(TimeSpan.FromSeconds(5), long.MaxValue, CancellationToken.None);
        var model = ProseModel.Of("One sentence here. Another one.");
        var context = new DocumentContext(Descriptor, model, _ => { }, DocumentSettings.Default, budget, new LintOptions());
        var block = new BlockContext(context, model.Document.Blocks[0], Descriptor, _ => { });
        var sentence = new SentenceContext(context, model.Sentences[0], Descriptor, _ => { });
        Assert.False(budget.HasDeadline);

        var token = sentence.CancellationToken;
        Assert.True(budget.HasDeadline);
        // One deadline for the rule on the document, whichever context asked.
        Assert.Equal(token, block.CancellationToken);
        Assert.Equal(token, context.CancellationToken);
        Assert.False(token.IsCancellationRequested);
    }

    [Fact]
    public void The_run_s_cancellation_reaches_a_token_asked_for_later()
    {
        using var run = new CancellationTokenSource();
        using var budget = new RuleBudget(TimeSpan.FromSeconds(5), long.MaxValue, run.Token);
        run.Cancel();
        Assert.True(budget.Token.IsCancellationRequested);
    }
}
