using EditLint.Semantics.Quotes;
using EditLint.Semantics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using EditLint.Checks;
using EditLint.Diagnostics;
using EditLint.Rules;
using EditLint.Text;

namespace EditLint.Packs;

/// <summary>
/// A rule declared in YAML: a check kind with its parameters, a scope and exceptions. It goes through the same
/// driver as C# rules: severity from configuration, EL9001 when it fails (a pattern that times out), suppressions.
/// </summary>
public sealed class PackRule : Rule
{
    private readonly Lazy<Check> _check;
    private readonly TermFilter _exceptions;

    /// <summary>Creates a rule; <see cref="PackLoader"/> does this from YAML.</summary>
    public PackRule(RuleDescriptor descriptor, string checkKind, Check check, PackScope scope, TermFilter exceptions, string file, IReadOnlyList<string> examples)
        : this(descriptor, checkKind, new Lazy<Check>(check), scope, exceptions, file, examples)
    {
    }

    /// <summary>A rule whose check (its compiled patterns) is built when it first runs, or by <see cref="Prepare"/>.</summary>
    internal PackRule(RuleDescriptor descriptor, string checkKind, Lazy<Check> check, PackScope scope, TermFilter exceptions, string file, IReadOnlyList<string> examples)
    {
        Descriptor = descriptor;
        CheckKind = checkKind;
        _check = check;
        Scope = scope;
        _exceptions = exceptions;
        File = file;
        Examples = examples;
    }

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; }

    /// <summary>existence, substitution, occurrence, repetition, consistency, conditional, capitalization, sequence or metric.</summary>
    public string CheckKind { get; }

    /// <summary>Where the rule looks.</summary>
    public PackScope Scope { get; }

    /// <summary>
    /// True when the rule leaves quotations alone (<c>quotations: skip</c>): its patterns read each unit with the words
    /// of the quotations the facts know blanked out (<see cref="PackScopes.UnitsWithoutQuotations"/>; someone's words, not
    /// a title or a scare quote), so they neither match nor count them.
    /// </summary>
    public bool SkipsQuotations { get; init; }

    /// <summary>The YAML file the rule came from, as reports name it.</summary>
    public string File { get; }

    /// <summary>The text the rule was read from (set by <see cref="PackLoader"/>); empty for a rule made otherwise.</summary>
    public string SourceText { get; init; } = "";

    /// <summary>
    /// A hash of <see cref="SourceText"/>: part of a stored result's key, as the rule's patterns are not in its descriptor.
    /// Worked out when a store first asks (a run without one hashes nothing).
    /// </summary>
    public string SourceHash => _sourceHash ??= Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SourceText)));

    private string? _sourceHash;

    /// <summary>
    /// Builds the rule's check now if it is built on first use (a shipped pack's rule: its patterns were checked when
    /// EditLint was built, and a run that has the rule off never compiles them). Throws if the check cannot be built.
    /// </summary>
    public void Prepare() => _ = _check.Value;

    /// <summary>True once the rule's check is built.</summary>
    internal bool IsPrepared => _check.IsValueCreated;

    /// <summary>The rule's own examples in <c>{|ID:…|}</c> markup.</summary>
    public IReadOnlyList<string> Examples { get; }

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(Sentence), typeof(Quote)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
    {
        var exceptions = context.Settings.Vocabulary.Accepted.Count == 0 ? _exceptions : _exceptions.With(context.Settings.Vocabulary.Accepted);
        var reported = new HashSet<TextSpan>();
        var budget = PatternBudget.ForDocument(context.Model.Document.Source.Text.Length);
        try
        {
            var units = SkipsQuotations ? PackScopes.UnitsWithoutQuotations(context.Model, Scope) : PackScopes.Units(context.Model, Scope);
            foreach (var unit in units)
            {
                foreach (var match in _check.Value.Run(unit.WithBudget(budget), exceptions))
                {
                    var span = unit.ToSource(match.Start, match.Length);
                    if (reported.Add(span))
                        context.ReportWithFix(span, match.Fix, match.Args);
                }
            }
        }
        catch (RegexMatchTimeoutException e)
        {
            var what = e.MatchTimeout == budget.Allowed
                ? $"the patterns of {Descriptor.Id} ({File}) ran past their budget of {e.MatchTimeout.TotalMilliseconds:0} ms on this document and were stopped at '{e.Pattern}'"
                : $"a pattern of {Descriptor.Id} ({File}) took longer than {e.MatchTimeout.TotalMilliseconds:0} ms and was stopped: '{e.Pattern}'";
            throw new PackPatternTimeoutException(what, e);
        }
    });
}
