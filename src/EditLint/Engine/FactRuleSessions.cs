using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using EditLint.Rules;
using NRules;
using NRules.Fluent;

namespace EditLint.Engine;

/// <summary>
/// Runs <see cref="FactRule"/>s: one session factory per definition type for the whole process (compiling one costs
/// milliseconds, and the factory is thread-safe), one session per document and rule (sessions are not thread-safe,
/// and a rule that throws loses its findings for that document only, as every rule does).
/// </summary>
internal static class FactRuleSessions
{
    private static readonly ConcurrentDictionary<Type, Lazy<ISessionFactory>> Factories = new();

    /// <summary>
    /// Compiles the definitions' factories in the background, while the files are read, and runs an empty session of
    /// each so that the engine's own code is ready too. Each definition's factory is registered at once (compiled once,
    /// by whichever thread needs it first). With <paramref name="firstOnly"/> (a run of one document), only the first is
    /// compiled in the background: that pays for NRules' own first use (most of the compile in a one-file run), and each
    /// of the others is compiled when a rule first needs it, so a definition whose facts the document lacks costs nothing
    /// (that compile is then part of the rule's time and allocations, under its budgets and in <c>check --verbose</c>).
    /// </summary>
    /// <returns>The background compile, or null when there is nothing to compile.</returns>
    public static Task? Prepare(IEnumerable<NRules.Fluent.Dsl.Rule> definitions, bool firstOnly = false)
    {
        var pending = definitions.Select(Registered).Where(f => !f.IsValueCreated).Take(firstOnly ? 1 : int.MaxValue).ToList();
        return pending.Count > 0 ? Task.Run(() => pending.ForEach(f => f.Value.CreateSession().Fire())) : null;
    }

    /// <summary>True when the factory for definitions of <paramref name="type"/> has been compiled in this process (tests).</summary>
    internal static bool IsCompiled(Type type) => Factories.TryGetValue(type, out var factory) && factory.IsValueCreated;

    [ThreadStatic]
    private static int t_sessions;

    /// <summary>How many sessions <see cref="Run"/> has opened on this thread (tests).</summary>
    internal static int SessionsOnThisThread => t_sessions;

    /// <summary>True when a factory for definitions of <paramref name="type"/> was asked for in this process.</summary>
    internal static bool IsRegistered(Type type) => Factories.ContainsKey(type);

    /// <summary>Inserts the document's context and the facts <paramref name="definition"/> reads, and fires it.</summary>
    public static void Run(FactRule definition, DocumentContext context)
    {
        // Many documents have none of a rule's facts that a match could hold (echoed quotations, conversions, repeated
        // sentences, a wrong weekday): a definition that can only match its facts then needs no session, which NRules
        // would make, fill with the context and fire for nothing.
        List<object>? facts = null;
        foreach (var fact in definition.Facts(context.Model))
        {
            if (definition.MayMatch(fact))
                (facts ??= []).Add(fact);
        }
        if (facts is null && definition.MatchesOnlyFacts)
            return;
        var session = FactoryFor(definition).CreateSession();
        t_sessions++;
        try
        {
            session.Insert(context);
            if (facts is not null)
                session.InsertAll(facts);
            session.Fire(context.CancellationToken);
        }
        catch (RuleExecutionException e) when (e.InnerException is { } inner)
        {
            // The action's own exception, not NRules' wrapper: it says what failed, and a budget's or the run's
            // cancellation is told apart by its type.
            ExceptionDispatchInfo.Capture(inner).Throw();
        }
    }

    /// <summary>The process's session factory for <paramref name="definition"/>'s type, compiled on first use.</summary>
    internal static ISessionFactory FactoryFor(NRules.Fluent.Dsl.Rule definition) => Registered(definition).Value;

    private static Lazy<ISessionFactory> Registered(NRules.Fluent.Dsl.Rule definition) =>
        Factories.GetOrAdd(definition.GetType(), _ => new Lazy<ISessionFactory>(() => Compile(definition)));

    private static ISessionFactory Compile(NRules.Fluent.Dsl.Rule definition) => Compile(definition, ConditionCompiler);

    /// <summary><paramref name="definition"/>'s session factory, its conditions and actions made delegates by <paramref name="conditions"/>.</summary>
    internal static ISessionFactory Compile(NRules.Fluent.Dsl.Rule definition, NRules.Extensibility.IExpressionCompiler conditions)
    {
        var compiler = new RuleCompiler { ExpressionCompiler = conditions };
        // Facts are told apart by reference: two quotations or figures that are equal as values are still two facts.
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        return compiler.Compile([new RuleDefinitionFactory().Create(definition)]);
    }

    /// <summary>
    /// How the definitions' conditions and actions become delegates. Compiled to IL where the runtime can run code it
    /// generates: interpreting saves 20 ms of a one-file run but costs 0.3 s on a 10 MB line, where every date and
    /// quotation goes through them. A native (AOT) build cannot, and interprets them.
    /// </summary>
    internal static NRules.Extensibility.IExpressionCompiler ConditionCompiler { get; } =
        System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? FastConditions.Instance : InterpretedConditions.Instance;

    /// <summary>The conditions and actions interpreted, as a native build runs them (tests run them so too).</summary>
    internal sealed class InterpretedConditions : NRules.Extensibility.IExpressionCompiler
    {
        public static readonly InterpretedConditions Instance = new();

        public TDelegate Compile<TDelegate>(System.Linq.Expressions.Expression<TDelegate> expression) where TDelegate : Delegate =>
            expression.Compile(preferInterpretation: true);
    }

    /// <summary>
    /// Compiles the definitions' conditions and actions with FastExpressionCompiler rather than Expression.Compile: the
    /// same delegates (what it cannot compile it hands to Expression.Compile), emitted straight to IL without the
    /// framework's expression compiler, whose first use was most of NRules' first compile in a one-file run. One
    /// difference a definition could see: a method called on a null object reference runs (null as <c>this</c>) rather
    /// than throwing at the call; the built-in definitions call methods on facts and on themselves, never null.
    /// </summary>
    private sealed class FastConditions : NRules.Extensibility.IExpressionCompiler
    {
        public static readonly FastConditions Instance = new();

        // Chosen only where the runtime can run code it generates (ConditionCompiler), which a trimmed native build cannot.
        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Not used in a native build.")]
        public TDelegate Compile<TDelegate>(System.Linq.Expressions.Expression<TDelegate> expression) where TDelegate : Delegate =>
            FastExpressionCompiler.ExpressionCompiler.CompileFast(expression);
    }
}
