using EditLint.Diagnostics;

namespace EditLint.Engine;

/// <summary>
/// One file's findings, made each time they are read instead of held until the report is written. A run over many files
/// (whose reports wait in its scratch file) would otherwise hold every finding at once: 16 copies of the corpus, 277,312
/// of them. Making them again gives the same findings every time (the same reports, read back, and the same text); the
/// file read last is kept, since a reporter reads one file's findings more than once in a row.
/// </summary>
internal sealed class DeferredDiagnostics(int count, Func<List<Diagnostic>> make, DeferredDiagnostics.LastRead last) : IReadOnlyList<Diagnostic>
{
    public int Count => count;

    public Diagnostic this[int index] => Items[index];

    public IEnumerator<Diagnostic> GetEnumerator() => Items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private List<Diagnostic> Items => last.Get(this, make);

    /// <summary>The findings of the file read last, shared by the files of one run.</summary>
    internal sealed class LastRead
    {
        private readonly Lock _gate = new();
        private DeferredDiagnostics? _file;
        private List<Diagnostic>? _items;

        public List<Diagnostic> Get(DeferredDiagnostics file, Func<List<Diagnostic>> make)
        {
            lock (_gate)
            {
                if (!ReferenceEquals(_file, file))
                    (_file, _items) = (file, make());
                return _items!;
            }
        }
    }
}

/// <summary>
/// A run's findings in the one output order (<see cref="DiagnosticOrder"/>, which orders by path first): its files'
/// findings one file after another, in path order, with their counts by severity and by rule worked out as they were
/// first made, so that a summary does not make them all again.
/// </summary>
internal sealed class DeferredRunDiagnostics : IReadOnlyList<Diagnostic>
{
    private readonly IReadOnlyList<Diagnostic>[] _files;
    // Where each file's findings start in the whole list.
    private readonly int[] _starts;

    /// <param name="files">Each file's findings, the files in ordinal path order.</param>
    /// <param name="bySeverity">How many findings have each severity.</param>
    /// <param name="byId">How many findings each rule has, in ID order.</param>
    public DeferredRunDiagnostics(IReadOnlyList<Diagnostic>[] files, IReadOnlyDictionary<Severity, int> bySeverity, IReadOnlyList<RuleCount> byId)
    {
        _files = files;
        _starts = new int[files.Length];
        for (var i = 1; i < files.Length; i++)
            _starts[i] = _starts[i - 1] + files[i - 1].Count;
        Count = files.Length == 0 ? 0 : _starts[^1] + files[^1].Count;
        BySeverity = bySeverity;
        ById = byId;
    }

    public int Count { get; }

    /// <summary>How many findings have each severity.</summary>
    public IReadOnlyDictionary<Severity, int> BySeverity { get; }

    /// <summary>How many findings each rule has, in ID order.</summary>
    public IReadOnlyList<RuleCount> ById { get; }

    public Diagnostic this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var file = Array.BinarySearch(_starts, index);
            // Not found: the file before the first start past the index. Found: a file with no findings may share the
            // start of the next, so take the last file starting there.
            if (file < 0)
                file = ~file - 1;
            while (file + 1 < _starts.Length && _starts[file + 1] == index)
                file++;
            return _files[file][index - _starts[file]];
        }
    }

    public IEnumerator<Diagnostic> GetEnumerator()
    {
        foreach (var file in _files)
        {
            foreach (var diagnostic in file)
                yield return diagnostic;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
