using EditLint.Diagnostics;
using EditLint.Engine;
using EditLint.Text;

namespace EditLint.Tests.Engine;

/// <summary>
/// A run's findings made when read (<see cref="DeferredDiagnostics"/>): each file's made again on each read of another
/// file, the last file read kept, and the whole run's list indexed across files that have none.
/// </summary>
public sealed class DeferredDiagnosticsTests
{
    private static readonly RuleDescriptor Rule = new("EL0940", "Test", "{0}", RuleCategory.Engine, Severity.Warning);

    private static Diagnostic Finding(string path, int start) => new()
    {
        Descriptor = Rule, Severity = Severity.Warning, Message = $"{path}@{start}", Path = path,
        Span = new TextSpan(start, 1), Position = default,
    };

    [Fact]
    public void A_files_findings_are_made_when_read_and_the_last_files_are_kept()
    {
        var made = new List<string>();
        var last = new DeferredDiagnostics.LastRead();
        DeferredDiagnostics File(string path, int count) =>
            new(count, () => { made.Add(path); return [.. Enumerable.Range(0, count).Select(i => Finding(path, i))]; }, last);
        var a = File("a.md", 2);
        var b = File("b.md", 1);

        Assert.Equal(2, a.Count);
        Assert.Empty(made);
        Assert.Equal(["a.md@0", "a.md@1"], a.Select(d => d.Message));
        Assert.Equal("a.md@1", a[1].Message);
        Assert.Equal(["a.md"], made);
        Assert.Equal("b.md@0", b[0].Message);
        Assert.Equal("a.md@0", a[0].Message);
        Assert.Equal(["a.md", "b.md", "a.md"], made);
    }

    [Fact]
    public void The_runs_list_finds_each_index_in_its_file_past_files_with_no_findings()
    {
        var last = new DeferredDiagnostics.LastRead();
        IReadOnlyList<Diagnostic> File(string path, int count) =>
            new DeferredDiagnostics(count, () => [.. Enumerable.Range(0, count).Select(i => Finding(path, i))], last);
        var run = new DeferredRunDiagnostics([File("a.md", 2), File("b.md", 0), File("c.md", 0), File("d.md", 3)],
            new Dictionary<Severity, int> { [Severity.Warning] = 5 }, [new RuleCount("EL0940", 5)]);

        string[] expected = ["a.md@0", "a.md@1", "d.md@0", "d.md@1", "d.md@2"];
        Assert.Equal(5, run.Count);
        Assert.Equal(expected, run.Select(d => d.Message));
        Assert.Equal(expected, Enumerable.Range(0, run.Count).Select(i => run[i].Message));
        Assert.Throws<ArgumentOutOfRangeException>(() => run[5]);
        Assert.Throws<ArgumentOutOfRangeException>(() => run[-1]);
        Assert.Empty(new DeferredRunDiagnostics([], new Dictionary<Severity, int>(), []));
    }
}
