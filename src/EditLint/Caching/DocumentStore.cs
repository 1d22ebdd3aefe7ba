using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using EditLint.Configuration;
using EditLint.Documents;
using EditLint.Inputs;

namespace EditLint.Caching;

/// <summary>
/// A folder of stored document results (<c>check --cache DIR</c>, a shard's summaries for <c>editlint merge</c>): for each
/// document, the findings its rules made and the facts the comparisons across articles read from it, under a key made of
/// everything they depend on (<see cref="StoreKeys"/>). A run takes a document whose key is stored from the store instead
/// of analysing it, and still compares it with the others from its stored facts.
/// </summary>
/// <remarks>
/// An entry is one file, <c>DIR/ab/abcdef….json</c>, written to a temporary name and renamed, so that two shards or two
/// runs writing the same entry never leave half of one. An entry that cannot be read back for any reason (damaged,
/// written by another version, a span outside the document) is a miss: the document is analysed again. Entries are
/// trusted as findings are: a store that others can write into can change what a run reports.
/// </remarks>
public sealed class DocumentStore
{
    // Far above any article's entry (a few KB; the 10 MB file a run reads at most gives a few MB).
    private const long MaxEntryBytes = 64L << 20;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdef");

    private readonly ConcurrentQueue<string> _missed = new();
    private readonly Lazy<LinkBoundary> _boundary;
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private int _hits;
    private int _written;

    /// <summary>A store in <paramref name="directory"/>; a read-only one (<c>editlint merge</c>) adds no entry.</summary>
    public DocumentStore(string directory, bool readOnly = false)
    {
        Directory = directory;
        ReadOnly = readOnly;
        // Made when first read from an existing folder (its real path is resolved then).
        _boundary = new(() => new LinkBoundary([directory], followSymlinks: false));
    }

    /// <summary>The folder the entries are in.</summary>
    public string Directory { get; }

    /// <summary>True when the run adds no entry (a merge reads the shards' entries only).</summary>
    public bool ReadOnly { get; }

    /// <summary>Documents the run took from the store.</summary>
    public int Hits => _hits;

    /// <summary>Entries the run wrote.</summary>
    public int Written => _written;

    /// <summary>The documents (as reports name them) the run had to analyse because the store did not have them.</summary>
    public IReadOnlyCollection<string> Missed => _missed;

    internal string PathOf(string key) => Path.Combine(Directory, key[..2], key + ".json");

    /// <summary>
    /// The stored entry for <paramref name="key"/>, or null (counted as a miss of <paramref name="displayPath"/>). Only a
    /// regular file inside the folder and of a bounded size is read: a store restored from a repository or an artifact
    /// may hold a FIFO, a device or a link out of it where an entry should be.
    /// </summary>
    internal byte[]? Read(string key, string displayPath)
    {
        var path = PathOf(key);
        if (System.IO.Directory.Exists(Directory) && SafeFile.ReadBytes(path, MaxEntryBytes, _boundary.Value).Bytes is { } bytes)
        {
            Interlocked.Increment(ref _hits);
            Used(path);
            return bytes;
        }
        _missed.Enqueue(displayPath);
        return null;
    }

    /// <summary>
    /// How long an entry no run has used is kept: <see cref="Prune"/> deletes older ones. A run marks each entry it uses
    /// (its modification time), so a file that keeps its text keeps its entry however long ago it was written.
    /// </summary>
    public static TimeSpan KeptUnused { get; } = TimeSpan.FromDays(30);

    // Marks an entry used now; a store that cannot be written (a read-only merge's, a restored cache) is left as it is.
    private void Used(string path)
    {
        if (ReadOnly)
            return;
        // Pruning spares what this run used even where its time cannot be set (an entry another user owns).
        _used.TryAdd(path, 0);
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Deletes the entries no run has used for <see cref="KeptUnused"/> (an edited file's old results, a deleted file's),
    /// and returns how many. Only files named as entries are (two hex digits / 64 hex digits .json), and no link is
    /// followed: whatever else the folder holds is left alone. Nothing happens in a read-only store.
    /// </summary>
    public int Prune(DateTime now)
    {
        if (ReadOnly || !System.IO.Directory.Exists(Directory))
            return 0;
        var deleted = 0;
        var options = new EnumerationOptions { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true, RecurseSubdirectories = false };
        foreach (var folder in System.IO.Directory.EnumerateDirectories(Directory, "??", options))
        {
            foreach (var entry in System.IO.Directory.EnumerateFiles(folder, "*.json", options))
            {
                if (!IsEntryName(Path.GetFileName(entry), Path.GetFileName(folder)) || _used.ContainsKey(entry) || now - File.GetLastWriteTimeUtc(entry) <= KeptUnused)
                    continue;
                try
                {
                    File.Delete(entry);
                    deleted++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Pruning is housekeeping: an entry that cannot be deleted stays, and the others are still looked at.
                }
            }
        }
        return deleted;
    }

    private static bool IsEntryName(string name, string folder) =>
        name.Length == 64 + 5 && name.StartsWith(folder, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal)
        && !name.AsSpan(0, 64).ContainsAnyExcept(HexDigits);

    /// <summary>A document the store could not serve after all (<paramref name="counted"/>: its entry was read, and counted as a hit).</summary>
    internal void Unusable(string displayPath, bool counted)
    {
        if (counted)
            Interlocked.Decrement(ref _hits);
        _missed.Enqueue(displayPath);
    }

    /// <summary>Stores <paramref name="entry"/> under <paramref name="key"/>; a store that cannot be written is left as it is.</summary>
    internal void Write(string key, byte[] entry)
    {
        if (ReadOnly)
            return;
        var path = PathOf(key);
        // A name no one can guess, created only if nothing is there: a link planted at a guessable name would otherwise be
        // written through.
        var temporary = $"{path}.{Path.GetRandomFileName()}.tmp";
        try
        {
            var folder = System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!).FullName;
            // A sub-folder that is a link out of the store (a store restored from elsewhere) is not written through.
            if (SafeFile.RealPath(folder) is not { } real || SafeFile.RealPath(Directory) is not { } root || !SafeFile.IsInside(real, root))
                return;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                stream.Write(entry);
            File.Move(temporary, path, overwrite: true);
            Interlocked.Increment(ref _written);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs time on the next run, not findings on this one.
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}

/// <summary>
/// What a stored document's key is made of: the run's stamp (the builds of EditLint, its rules, the libraries they use
/// and the runtime; the rules and packs that run; the run's options: the engine works it out once per run), the
/// configuration that applies to the document, and the document itself (its name, format and bytes, or for a document
/// given as text, its text and the metadata its reader found beside it). Any of them changing makes a different key.
/// </summary>
public static class StoreKeys
{
    // Entries of this layout; a change to the layout changes it.
    private const string Layout = "editlint-store-1";

    // Held as long as the settings are: a long-lived host (an editor) makes new ones as its configuration changes.
    private static readonly ConditionalWeakTable<DocumentSettings, string> SettingsStamps = new();

    /// <summary>The key of <paramref name="document"/> under <paramref name="settings"/> in a run stamped <paramref name="runStamp"/>.</summary>
    public static string Of(string runStamp, ArticleDocument document, DocumentSettings settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, runStamp);
        Add(hash, SettingsStamps.GetValue(settings, StampOf));
        Add(hash, document.Path);
        Add(hash, document.Format.ToString());
        var metadata = document.Metadata;
        foreach (var value in new object?[] { metadata.Title?.Value, metadata.Published?.Value, metadata.Updated?.Value, metadata.Byline?.Value, metadata.Dateline?.Value, metadata.DatelineDate?.Value, metadata.Source?.Value })
            Add(hash, value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString() ?? "\u0001");
        hash.AppendData(MemoryMarshal.AsBytes(document.Source.Text.AsSpan()));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The key of a file read as <paramref name="format"/> whose bytes hash to <paramref name="contentHash"/>: its text, and
    /// what its reader finds in it, follow from them.
    /// </summary>
    public static string Of(string runStamp, string displayPath, DocumentFormat format, string contentHash, DocumentSettings settings) =>
        Combine([runStamp, SettingsStamps.GetValue(settings, StampOf), displayPath, format.ToString(), "bytes", contentHash]);

    /// <summary>Hashes <paramref name="parts"/> in order, each told apart from the next.</summary>
    public static string Combine(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, Layout);
        foreach (var part in parts)
            Add(hash, part);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Every setting of a document's configuration, written out in a fixed order (sets and maps sorted: their own order
    /// changes from one process to the next). A setting added to <see cref="DocumentSettings"/> must be added here.
    /// </summary>
    public static string StampOf(DocumentSettings settings)
    {
        static string Sorted<T>(IEnumerable<T> items, Func<T, string> text) =>
            string.Join("\u0002", items.Select(text).Order(StringComparer.Ordinal));
        var style = settings.Style;
        var vocabulary = settings.Vocabulary;
        return string.Join("\u0001",
            Sorted(settings.Severities, p => $"{p.Key.ToUpperInvariant()}={p.Value}"),
            Sorted(settings.Packs, p => $"{p.Key.ToLowerInvariant()}={p.Value}"),
            $"{style.Abbreviations}|{style.Honorifics}|{style.NumberWordsUpTo}|{style.Percent}",
            $"{settings.DateFromFileName}|{settings.NumericDates}",
            Sorted(vocabulary.Accepted, a => a),
            Sorted(vocabulary.Rejected, p => $"{p.Key}={p.Value ?? "\u0003"}"));
    }

    private static void Add(IncrementalHash hash, string part)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(part));
        hash.AppendData([0]);
    }
}
