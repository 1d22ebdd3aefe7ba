using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using EditLint.Caching;
using EditLint.Diagnostics;
using EditLint.Packs;
using EditLint.Rules;

namespace EditLint.Engine;

/// <summary>
/// A run's use of a <see cref="DocumentStore"/>: the document stage of an input whose key is stored is its stored reports
/// and facts; an input analysed here is stored for the next run. The key's run part (<see cref="RunStamp"/>) is worked out
/// once per run.
/// </summary>
internal sealed class StoredPasses
{
    private readonly DocumentStore _store;
    private readonly LintOptions _options;
    private readonly string _runStamp;
    private readonly Dictionary<string, RuleDescriptor> _descriptors;
    private readonly List<(string Name, WorkspaceFactRule Definition)> _definitions;
    private readonly Dictionary<string, WorkspaceFactRule> _definitionsByName;
    // A definition that cannot write its facts makes every document unstorable (its comparison would lack them).
    private readonly bool _storable;

    public StoredPasses(DocumentStore store, List<RuleSetup> setups, IEnumerable<Assembly> code, LintOptions options)
    {
        _store = store;
        _options = options;
        _runStamp = RunStamp(setups, code, options);
        _descriptors = setups.ToDictionary(s => s.Rule.Descriptor.Id, s => s.Rule.Descriptor, StringComparer.Ordinal);
        _definitions = [.. setups.SelectMany(s => s.WorkspaceFactRules.Select((d, i) => (StoredDocument.NameOf(s, i), d)))];
        _definitionsByName = _definitions.ToDictionary(d => d.Name, d => d.Definition, StringComparer.Ordinal);
        // A pack rule made without its text (not by the pack loader) cannot be keyed by its patterns: nothing is stored.
        _storable = setups.All(s => s.Failure is null && s.Rule is not PackRule { SourceText.Length: 0 }) && _definitions.All(d => d.Definition.CanStoreFacts);
    }

    /// <summary>The stored document stage of <paramref name="input"/>, or null when it is not stored (a miss).</summary>
    public LintEngine.DocumentPass? Find(LintEngine.Input input)
    {
        if (input.Load.Document is not { } document)
            return null;
        if (!_storable)
        {
            _store.Unusable(input.Path, counted: false);
            return null;
        }
        // A file's key is its bytes' hash (its document is not read yet); a document given as text is keyed by its text.
        input.StoreKey = input.Load.ContentHash is { } hash
            ? StoreKeys.Of(_runStamp, document.Path, document.Format, hash, input.Settings)
            : StoreKeys.Of(_runStamp, document, input.Settings);
        if (_store.Read(input.StoreKey, input.Path) is not { } entry)
            return null;
        if (StoredDocument.Read(entry, document, input.Settings, _descriptors, _definitionsByName, DayWatch.Today(_options.Clock)) is not var (reports, facts, problems))
        {
            _store.Unusable(input.Path, counted: true);
            return null;
        }
        return new LintEngine.DocumentPass(null, reports, [.. LintEngine.ReaderProblems(input, problems, _options)], WorkspaceDocument.Stored(document, facts));
    }

    /// <summary>
    /// Stores <paramref name="pass"/> (the document stage of <paramref name="input"/>, every rule run) unless something in
    /// it may not happen again: a rule that failed or ran out of budget (EL9001), a definition that failed on the document.
    /// </summary>
    public void Keep(LintEngine.Input input, LintEngine.DocumentPass pass)
    {
        if (!_storable || _store.ReadOnly || input.StoreKey is not { } key || pass.Workspace is not { } workspace)
            return;
        if (pass.EngineFindings.Any(d => d.Id != EngineRules.InputUnreadable.Id))
            return;
        var facts = new List<(string, WorkspaceFactRule, IReadOnlyList<object>)>();
        foreach (var (name, definition) in _definitions)
        {
            var read = workspace.FactsFor(definition, LintEngine.Describe, CancellationToken.None);
            if (read.Failure is not null)
                return;
            facts.Add((name, definition, read.Facts));
        }
        byte[] entry;
        try
        {
            entry = StoredDocument.Write(input.Path, pass.Reports, facts, input.Load.Document!.ReaderProblems, pass.Days);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A definition that cannot write one of its facts costs the next run this document's analysis, not this run.
            return;
        }
        _store.Write(key, entry);
    }

    /// <summary>
    /// What a stored result depends on besides its document: the builds of EditLint, of the rules and of the libraries
    /// they use (their lexicons and built-in packs are in them) and the runtime, which rules run and how they are
    /// described, the text each pack rule was read from, and the run's options.
    /// Not today's date: an entry says on which days its findings hold (<see cref="DayWatch"/>).
    /// </summary>
    internal static string RunStamp(List<RuleSetup> setups, IEnumerable<Assembly> code, LintOptions options)
    {
        return StoreKeys.Combine([
            RuntimeInformation.FrameworkDescription,
            .. Builds([.. code, .. setups.Select(s => s.Rule.GetType().Assembly)]),
            .. setups.Select(s => string.Join('|', s.Rule.GetType().FullName, s.Rule.Descriptor.Id, s.Rule.Descriptor.DefaultSeverity,
                s.Rule.Descriptor.MessageFormat, s.Rule.Descriptor.Pack, s.Rule is PackRule pack ? pack.File + " " + pack.SourceHash : "")),
            options.PublicationDate?.ToString("O", CultureInfo.InvariantCulture) ?? "",
            options.DateFromFileName.ToString(),
            string.Join(',', options.SeverityOverrides.Select(p => $"{p.Key.ToUpperInvariant()}={p.Value}").Order(StringComparer.Ordinal)),
            options.MaxFileBytes.ToString(CultureInfo.InvariantCulture),
        ]);
    }

    // Each assembly of the given code and every library it uses, by name and build (module version ID), in name order; the
    // framework's own are the runtime's version.
    // A native (AOT) program cannot list an assembly's references, and need not: every assembly it can use is compiled
    // into it and there from the start, so all of them are named. Elsewhere the references are followed from the code.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "References are listed only where the runtime can list them.")]
    private static IEnumerable<string> Builds(IEnumerable<Assembly> code)
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var native = !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported;
        var pending = new Queue<Assembly>(native
            ? [.. code, .. AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name is { } name && !IsFramework(name))]
            : code);
        while (pending.TryDequeue(out var assembly))
        {
            if (!seen.TryAdd(assembly.FullName!, assembly))
                continue;
            foreach (var name in native ? [] : assembly.GetReferencedAssemblies())
            {
                if (name.Name is null || IsFramework(name.Name) || seen.ContainsKey(name.FullName))
                    continue;
                try
                {
                    pending.Enqueue(Assembly.Load(name));
                }
                catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    // A library the code names but never loads (an optional dependency): its name stands for it.
                    seen.TryAdd(name.FullName, assembly);
                }
            }
        }
        return seen.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Value.FullName == p.Key ? $"{p.Key} {p.Value.ManifestModule.ModuleVersionId}" : p.Key);
    }

    private static bool IsFramework(string name) =>
        name is "mscorlib" or "netstandard" || name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal);
}
