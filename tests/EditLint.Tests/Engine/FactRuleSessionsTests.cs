using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Engine;
using EditLint.Rules;
using EditLint.Semantics;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Engine;

public sealed class FactRuleSessionsTests
{
    private static readonly RuleDescriptor Descriptor = new("EL0913", "Sessions", "never", RuleCategory.Engine, Severity.Info);

    private static (DocumentContext Context, List<Report> Reports) ContextOf(string prose)
    {
        var reports = new List<Report>();
        return (new DocumentContext(Descriptor, ProseModel.Of(prose), reports.Add, DocumentSettings.Default, CancellationToken.None), reports);
    }

    // Facts: the sentences that hold the word "alpha".
    private sealed class AlphaSentences : EachFact<Sentence>
    {
        public override IEnumerable<object> Facts(SemanticModel model) => model.Sentences.Where(s => s.Text.Contains("alpha", StringComparison.Ordinal));

        protected override void Act(DocumentContext context, Sentence fact) => context.Report(fact.Span);
    }

    // Facts: every sentence; the rule acts on those that hold "beta".
    private sealed class BetaOfAllSentences : EachFact<Sentence>
    {
        public override IEnumerable<object> Facts(SemanticModel model) => model.Sentences;

        protected override bool Applies(Sentence fact) => fact.Text.Contains("beta", StringComparison.Ordinal);

        protected override void Act(DocumentContext context, Sentence fact) => context.Report(fact.Span);
    }

    // Matches the document's context alone: it must have its session whatever facts there are.
    private sealed class ContextOnly : FactRule
    {
        public override IEnumerable<object> Facts(SemanticModel model) => [];

        public override void Define()
        {
            DocumentContext context = null!;
            When().Match(() => context);
            Then().Do(_ => context.Report(new EditLint.Text.TextSpan(0, 1)));
        }
    }

    // A rule that can only match its facts opens no session for a document without one it can hold: none among its facts
    // (alpha), or none that applies (beta, of every sentence); a document with some reports each of them, in one session.
    [Theory]
    [InlineData("alpha")]
    [InlineData("beta")]
    public void A_document_without_a_fact_the_rule_can_hold_opens_no_session(string word)
    {
        FactRule Rule() => word == "alpha" ? new AlphaSentences() : new BetaOfAllSentences();
        var (without, none) = ContextOf("Nothing here. Nor there.");
        var before = FactRuleSessions.SessionsOnThisThread;
        FactRuleSessions.Run(Rule(), without);
        Assert.Equal(before, FactRuleSessions.SessionsOnThisThread);
        Assert.Empty(none);

        var (with, reports) = ContextOf($"One {word} here. None there. Another {word}.");
        FactRuleSessions.Run(Rule(), with);
        Assert.Equal(before + 1, FactRuleSessions.SessionsOnThisThread);
        Assert.Equal([$"Another {word}.", $"One {word} here."], reports.Select(r => with.Model.Document.Source.Text.Substring(r.Span.Start, r.Span.Length)).Order().ToArray());
    }

    [Fact]
    public void A_rule_that_may_match_the_context_alone_has_its_session_without_facts() =>
        AssertSessionWithoutFacts(new ContextOnly());

    // A document with none of the rule's facts still has its session, and the rule reports once, on the context.
    private static void AssertSessionWithoutFacts(FactRule rule)
    {
        var (context, reports) = ContextOf("Nothing here.");
        var before = FactRuleSessions.SessionsOnThisThread;

        FactRuleSessions.Run(rule, context);

        Assert.Equal(before + 1, FactRuleSessions.SessionsOnThisThread);
        Assert.Single(reports);
    }

    // Each object: the document's context is one, so the rule matches it with no facts of its own.
    private sealed class EachObject : EachFact<object>
    {
        public override IEnumerable<object> Facts(SemanticModel model) => [];

        protected override void Act(DocumentContext context, object fact) => context.Report(new EditLint.Text.TextSpan(0, 1));
    }

    [Fact]
    public void A_rule_whose_facts_could_be_the_context_has_its_session_without_facts() =>
        AssertSessionWithoutFacts(new EachObject());

    // A condition that throws: NRules wraps what its compiled condition threw, and the session gives back the
    // condition's own exception, as it does an action's.
    private sealed class ThrowingCondition : EachFact<Sentence>
    {
        public override IEnumerable<object> Facts(SemanticModel model) => model.Sentences;

        protected override bool Applies(Sentence fact) => fact.Text.Contains("beta", StringComparison.Ordinal)
            ? throw new InvalidOperationException("condition on beta")
            : true;

        protected override void Act(DocumentContext context, Sentence fact) => context.Report(fact.Span);
    }

    [Fact]
    public void A_condition_that_throws_is_reported_as_its_own_exception()
    {
        var (clean, reports) = ContextOf("One alpha here.");
        FactRuleSessions.Run(new ThrowingCondition(), clean);
        Assert.Single(reports);

        var (context, _) = ContextOf("One alpha here. Then beta.");
        var thrown = Assert.Throws<InvalidOperationException>(() => FactRuleSessions.Run(new ThrowingCondition(), context));
        Assert.Equal("condition on beta", thrown.Message);
    }

    [Fact]
    public void A_rule_with_its_conditions_interpreted_as_a_native_build_runs_them_finds_what_the_compiled_one_does()
    {
        var (context, reports) = ContextOf("One alpha here. None there. Another alpha.");
        var session = FactRuleSessions.Compile(new AlphaSentences(), FactRuleSessions.InterpretedConditions.Instance).CreateSession();
        session.Insert(context);
        session.InsertAll(new AlphaSentences().Facts(context.Model));
        session.Fire();

        var (compiled, expected) = ContextOf("One alpha here. None there. Another alpha.");
        FactRuleSessions.Run(new AlphaSentences(), compiled);
        Assert.Equal(2, reports.Count);
        Assert.Equal(expected.Select(r => r.Span), reports.Select(r => r.Span));
    }

    [Fact]
    public void Every_built_in_definition_compiles_with_its_conditions_interpreted()
    {
        var definitions = new List<NRules.Fluent.Dsl.Rule>();
        foreach (var rule in EditLint.Checks.BuiltInRules.Create())
        {
            var setup = new RuleSetup(rule);
            rule.Initialize(setup);
            definitions.AddRange(setup.FactRules);
            definitions.AddRange(setup.WorkspaceFactRules);
        }

        Assert.True(definitions.Count >= 10, $"only {definitions.Count} definitions found");
        foreach (var definition in definitions)
        {
            var session = FactRuleSessions.Compile(definition, FactRuleSessions.InterpretedConditions.Instance).CreateSession();
            // An empty session fires nothing, but each aggregate is made once when the session is (a grouping's type too).
            session.Fire();
        }
    }
}
