using System.Globalization;

namespace EditLint.Cli;

/// <summary>
/// A progress bar on standard error, for a run that lasts more than <see cref="Delay"/>: files done of all, findings so
/// far, then "comparing articles" while the rules that compare them run. Redrawn in place ten times a second and
/// erased when the run ends, so the report after it starts on a clean line. Only drawn on a terminal.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    /// <summary>A shorter run shows nothing: a bar that flashes for a moment is noise.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly TextWriter _error;
    private readonly int _total;
    private readonly int _width;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private int _done;
    private int _findings;
    private bool _drawn;
    private bool _disposed;

    public ProgressLine(TextWriter error, int total, int width)
    {
        (_error, _total, _width) = (error, total, Math.Max(40, width));
        _timer = new Timer(_ => Draw(), null, Delay, TimeSpan.FromMilliseconds(100));
    }

    /// <summary>One more file linted, with the findings its rules made.</summary>
    public void Linted(int findings)
    {
        Interlocked.Increment(ref _done);
        Interlocked.Add(ref _findings, findings);
    }

    /// <summary>The line as drawn for <paramref name="done"/> of <paramref name="total"/> files: the bar, the counts.</summary>
    internal static string Render(int done, int total, int findings, int width)
    {
        var counts = done < total
            ? string.Create(CultureInfo.InvariantCulture, $" {done:N0}/{total:N0} files · {findings:N0} findings")
            : string.Create(CultureInfo.InvariantCulture, $" {total:N0} files · {findings:N0} findings · comparing articles…");
        var bar = Math.Clamp(width - counts.Length - 3, 10, 40);
        var full = total == 0 ? bar : (int)((long)bar * done / total);
        return "[" + new string('█', full) + new string('░', bar - full) + "]" + counts;
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            // \r and "erase line": the bar is redrawn over itself.
            _error.Write("\r\u001b[2K" + Render(Volatile.Read(ref _done), _total, Volatile.Read(ref _findings), _width - 1));
            _error.Flush();
            _drawn = true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            _timer.Dispose();
            if (_drawn)
            {
                _error.Write("\r\u001b[2K");
                _error.Flush();
            }
        }
    }
}
