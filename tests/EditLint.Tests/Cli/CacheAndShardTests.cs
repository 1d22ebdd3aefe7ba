using System.Text.Json;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Cli;

/// <summary>
/// <c>check --cache DIR</c> (a re-run takes unchanged documents from the cache and still compares every article),
/// <c>check --shard K/N</c> and <c>editlint merge</c> (the shards' results combined are one run's result).
/// </summary>
public sealed class CacheAndShardTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("editlint-cache-").FullName;

    public CacheAndShardTests()
    {
        // Findings of every kind a stored result must carry: the comparisons across articles (EL4001 Zelensky against
        // Zelenskyy, EL4003 US against U.S.), fixes (EL4121, EL4002), properties (EL2001's figures), related places.
        Write("news/a.md", "---\ndate: 2025-03-04\n---\n# Talks go on\n\nPresident Volodymyr Zelenskyy spoke in Kyiv on Monday. Zelenskyy said talks would go on. The U.S. envoy agreed.\n");
        Write("news/b.md", "---\ndate: 2025-03-05\n---\n# Envoy arrives\n\nVolodymyr Zelenskyy met the U.S. envoy on Tuesday, despite the fact that talks had stalled.\n");
        Write("news/c.md", "---\ndate: 2025-03-06\n---\n# Aid\n\nVolodymyr Zelensky asked for aid. The US sent it last year.\n");
        Write("news/d.md", "# Undated\n\nThe U.S. budget passed. The vote was close. The vote was close.\n");
        Write("news/e.md", "---\ndate: 2025-03-07\n---\n# Quotes\n\n“We will not give up,” the minister was lauded as “game-changing”.\n");
        Write("news/f.md", "---\ndate: 2025-03-08\n---\n# Markets\n\nShares rose 3% on Friday, the U.S. index said. The ferry can carry 800 passengers at once, and 2,400 in total.\n");
        Write("news/g.md", "---\ndate: 2025-03-09\n---\n# Weather\n\nRain fell across the U.S. last week.\n");
        Write("news/h.md", "---\ndate: 2025-03-10\n---\n# Sport\n\nThe team won on Sunday 9 March 2025.\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private CliRun Run(params string[] args) => CliRunner.Run(_root, args);

    private static string[] Ids(CliRun run) =>
        [.. JsonDocument.Parse(run.Out).RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()!)];

    [Fact]
    public void A_second_run_takes_every_file_from_the_cache_and_reports_exactly_what_a_run_without_it_does()
    {
        var plain = Run("check", "news", "-f", "json");
        var first = Run("check", "news", "-f", "json", "--cache", "cache");
        var second = Run("check", "news", "-f", "json", "--cache", "cache");

        // The fixture has what a stored result must carry, or the comparison below would prove little.
        var report = plain.Out;
        Assert.Contains("EL4001", Ids(plain));
        Assert.Contains("EL4003", Ids(plain));
        Assert.Contains("\"fixes\"", report, StringComparison.Ordinal);
        Assert.Contains("\"properties\"", report, StringComparison.Ordinal);
        Assert.Contains("cache cache: 0 of 8 files unchanged, taken from it; 8 stored.", first.Error, StringComparison.Ordinal);
        Assert.Contains("cache cache: 8 of 8 files unchanged, taken from it; 0 stored.", second.Error, StringComparison.Ordinal);
        Assert.Equal(plain.ExitCode, second.ExitCode);
        Assert.Equal(plain.Out, first.Out);
        Assert.Equal(plain.Out, second.Out);
    }

    [Fact]
    public void An_edited_file_is_linted_again_and_compared_with_the_stored_facts_of_the_others()
    {
        Run("check", "news", "--cache", "cache");
        Write("news/c.md", "---\ndate: 2025-03-06\n---\n# Aid\n\nVolodymyr Zelenskyy asked for aid. The U.S. sent it last year.\n");

        var cached = Run("check", "news", "-f", "json", "--cache", "cache");
        var plain = Run("check", "news", "-f", "json");

        Assert.Contains("7 of 8 files unchanged", cached.Error, StringComparison.Ordinal);
        Assert.Equal(plain.Out, cached.Out);
        // The comparisons across articles went away with the edit: they were made again, not taken from the cache.
        Assert.DoesNotContain("EL4001", Ids(cached));
        Assert.DoesNotContain("EL4003", Ids(cached));
    }

    [Fact]
    public void A_changed_configuration_or_other_options_miss_the_cache()
    {
        Run("check", "news", "--cache", "cache");

        Assert.Contains("0 of 8 files unchanged", Run("check", "news", "--cache", "cache", "--date", "2025-01-01").Error, StringComparison.Ordinal);
        Write("news/.editlint.yaml", "rules:\n  EL4002: error\n");
        var configured = Run("check", "news", "-f", "json", "--cache", "cache");
        Assert.Contains("0 of 8 files unchanged", configured.Error, StringComparison.Ordinal);
        Assert.Equal(Run("check", "news", "-f", "json").Out, configured.Out);
    }

    [Fact]
    public void A_damaged_or_forged_entry_is_a_miss_and_the_file_is_linted_again()
    {
        var plain = Run("check", "news", "-f", "json");
        Run("check", "news", "--cache", "cache");
        var entries = Directory.GetFiles(Path.Combine(_root, "cache"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(8, entries.Count);
        File.WriteAllText(entries[0], "{ not json");
        // A report outside its document, as a forged or stale entry might hold.
        File.WriteAllText(entries[1], File.ReadAllText(entries[1]).Replace("\"reports\":[", "\"reports\":[{\"id\":\"EL4002\",\"span\":[100000,5],\"message\":\"x\",\"related\":[]},", StringComparison.Ordinal));
        File.WriteAllBytes(entries[2], []);

        var cached = Run("check", "news", "-f", "json", "--cache", "cache");

        Assert.Contains("5 of 8 files unchanged", cached.Error, StringComparison.Ordinal);
        Assert.Equal(plain.Out, cached.Out);
    }

    [Fact]
    public void An_entry_that_is_a_fifo_or_a_link_out_of_the_cache_is_not_read()
    {
        var plain = Run("check", "news", "-f", "json");
        Run("check", "news", "--cache", "cache");
        var entries = Directory.GetFiles(Path.Combine(_root, "cache"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        // A store restored from a pull request's tree or an artifact: where two entries should be, a FIFO (reading it
        // would wait for ever) and a link to a file outside the store (here a copy of a real entry, which it must not take).
        File.Delete(entries[0]);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [entries[0]])!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        var outside = Path.Combine(_root, "outside.json");
        File.Move(entries[1], outside);
        File.CreateSymbolicLink(entries[1], outside);

        var cached = Run("check", "news", "-f", "json", "--cache", "cache");

        Assert.Contains("6 of 8 files unchanged", cached.Error, StringComparison.Ordinal);
        Assert.Equal(plain.Out, cached.Out);
    }

    [Fact]
    public void Entries_are_not_written_through_a_link_out_of_the_cache()
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        Directory.CreateDirectory(Path.Combine(_root, "cache"));
        // Every sub-folder an entry could go to is a link to a folder outside the store.
        foreach (var prefix in Enumerable.Range(0, 256).Select(i => i.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)))
            Directory.CreateSymbolicLink(Path.Combine(_root, "cache", prefix), elsewhere);

        var run = Run("check", "news", "--cache", "cache");

        Assert.Contains("0 of 8 files unchanged, taken from it; 0 stored.", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(elsewhere));
    }

    [Fact]
    public void Shards_merged_give_the_report_one_run_gives()
    {
        var whole = Run("check", "news", "-f", "sarif");
        var shards = Enumerable.Range(1, 3).Select(k => Run("check", "news", "--shard", $"{k}/3", "--cache", "shards", "-f", "json")).ToList();
        var merged = Run("merge", "news", "--cache", "shards", "-f", "sarif");

        // Every file is in exactly one shard, and a shard reports no comparison across articles (merge makes them).
        var inShards = shards.Sum(s => JsonDocument.Parse(s.Out).RootElement.GetProperty("summary").GetProperty("files").GetInt32());
        Assert.Equal(8, inShards);
        Assert.All(shards, s => Assert.Contains("the articles are compared with each other by 'editlint merge'", s.Error, StringComparison.Ordinal));
        Assert.DoesNotContain(shards.SelectMany(Ids), id => id is "EL4001" or "EL4003");
        Assert.Contains("8 of 8 files from the shards' results", merged.Error, StringComparison.Ordinal);
        Assert.Equal(whole.ExitCode, merged.ExitCode);
        Assert.Equal(whole.Out, merged.Out);
        Assert.Contains("EL4001", whole.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_lints_what_no_shard_stored_names_it_and_still_gives_one_run_s_report()
    {
        var whole = Run("check", "news", "-f", "json");
        Run("check", "news", "--shard", "1/2", "--cache", "shards");

        var merged = Run("merge", "news", "--cache", "shards", "-f", "json");

        Assert.Matches(@"editlint merge: \d files had no shard's result .* and were linted here: news/", merged.Error);
        Assert.Equal(whole.Out, merged.Out);
        // Merge reads the shards' results and writes none.
        var stored = Directory.GetFiles(Path.Combine(_root, "shards"), "*.json", SearchOption.AllDirectories).Length;
        Assert.True(stored < 8, $"{stored} entries");
        Run("merge", "news", "--cache", "shards");
        Assert.Equal(stored, Directory.GetFiles(Path.Combine(_root, "shards"), "*.json", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Only_the_changed_files_are_reported_with_a_cache_as_without_one()
    {
        Git("init", "-q", "-b", "main");
        Git("add", ".");
        Git("commit", "-q", "-m", "first");
        Write("news/c.md", "---\ndate: 2025-03-06\n---\n# Aid\n\nVolodymyr Zelensky asked for aid again. The US sent it last year.\n");

        var plain = Run("check", "news", "--changed-since", "HEAD", "-f", "json");
        var cold = Run("check", "news", "--changed-since", "HEAD", "-f", "json", "--cache", "cache");
        var warm = Run("check", "news", "--changed-since", "HEAD", "-f", "json", "--cache", "cache");

        Assert.Equal(["news/c.md"], JsonDocument.Parse(plain.Out).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        Assert.Contains("EL4001", Ids(plain));
        Assert.Equal(plain.Out, cold.Out);
        Assert.Equal(plain.Out, warm.Out);
        Assert.Equal(plain.ExitCode, warm.ExitCode);
    }

    private void Git(params string[] arguments) => GitCommand.Run(_root, arguments);

    [Theory]
    [InlineData("\"message\":", "\"message\":null,\"was\":", "a message that is not text")]
    [InlineData("\"occurrences\":[[", "\"occurrences\":[[\"Zelensky\",100000,8,null,null,false,null,false,false],[", "a name fact outside its article")]
    [InlineData("\"EL4003#0\":[[", "\"EL4003#0\":[[99999,true,0,1,false,1],[", "an abbreviation this build does not know")]
    public void A_forged_entry_is_a_miss_not_a_crash_nor_a_changed_finding(string find, string replace, string what)
    {
        var plain = Run("check", "news", "-f", "json");
        Run("check", "news", "--cache", "cache");
        var forged = 0;
        foreach (var entry in Directory.GetFiles(Path.Combine(_root, "cache"), "*.json", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(entry);
            if (!text.Contains(find, StringComparison.Ordinal))
                continue;
            File.WriteAllText(entry, text.Replace(find, replace, StringComparison.Ordinal));
            forged++;
        }
        Assert.True(forged > 0, what);

        var cached = Run("check", "news", "-f", "json", "--cache", "cache");

        Assert.Equal(0, cached.Error.Split('\n').Count(l => l.Contains("internal error", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains($"{8 - forged} of 8 files unchanged", cached.Error, StringComparison.Ordinal);
        Assert.Equal(plain.Out, cached.Out);
    }

    [Fact]
    public void An_edited_pack_rule_misses_the_cache_of_every_file()
    {
        Write(".editlint.yaml", "pack-folders: [styles]\n");
        Write("styles/house/pack.yaml", "pack: house\nprefix: EL\ndescription: House style.\n");
        Write("styles/house/EL4190.yaml", "id: EL4190\ntitle: Budget\nmessage: \"'{0}'\"\ncheck: existence\ntokens: [budget]\n");
        var first = Run("check", "news", "-f", "json", "--cache", "cache");
        Write("styles/house/EL4190.yaml", "id: EL4190\ntitle: Budget\nmessage: \"'{0}'\"\ncheck: existence\ntokens: [vote]\n");

        var edited = Run("check", "news", "-f", "json", "--cache", "cache");

        Assert.Contains("EL4190", Ids(first));
        Assert.Contains("0 of 8 files unchanged", edited.Error, StringComparison.Ordinal);
        Assert.Equal(Run("check", "news", "-f", "json").Out, edited.Out);
    }

    [Fact]
    public void A_suppressed_comparison_is_not_an_unused_suppression_in_a_shard_and_is_used_in_the_merge()
    {
        Write("news/c.md", "---\ndate: 2025-03-06\n---\n# Aid\n\n<!-- editlint-disable-next-line EL4001 -->\nVolodymyr Zelensky asked for aid. The US sent it last year.\n");
        var whole = Run("check", "news", "-f", "json");

        var shards = Enumerable.Range(1, 2).Select(k => Run("check", "news", "--shard", $"{k}/2", "--cache", "shards", "-f", "json")).ToList();
        var merged = Run("merge", "news", "--cache", "shards", "-f", "json");

        Assert.DoesNotContain("EL9004", Ids(whole));
        Assert.DoesNotContain(shards.SelectMany(Ids), id => id == "EL9004");
        Assert.Equal(whole.Out, merged.Out);
    }

    [Fact]
    public void Entries_no_run_used_for_a_month_are_deleted_and_nothing_else_in_the_folder_is()
    {
        Run("check", "news", "--cache", "cache");
        var cache = Path.Combine(_root, "cache");
        var entries = Directory.GetFiles(cache, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var longAgo = DateTime.UtcNow.AddDays(-40);
        foreach (var entry in entries)
            File.SetLastWriteTimeUtc(entry, longAgo);
        // An entry whose file has changed since (its result is stale), and files that are not entries.
        Write("news/h.md", "---\ndate: 2025-03-10\n---\n# Sport\n\nThe team lost on Sunday 9 March 2025.\n");
        var stale = Directory.GetFiles(cache, "*.json", SearchOption.AllDirectories).Single(e => File.ReadAllText(e).Contains("\"news/h.md\"", StringComparison.Ordinal));
        Write("cache/notes.json", "{}");
        Write("cache/ab/not-an-entry.json", "{}");
        File.SetLastWriteTimeUtc(Path.Combine(cache, "ab", "not-an-entry.json"), longAgo);

        var merge = Run("merge", "news", "--cache", "cache");
        Assert.Equal(8, Directory.GetFiles(cache, "*.json", SearchOption.AllDirectories).Length - 2);
        var run = Run("check", "news", "--cache", "cache");

        Assert.Contains("7 of 8 files unchanged, taken from it; 1 stored; 1 unused for 30 days deleted.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(stale));
        Assert.All(entries.Where(e => e != stale), e => Assert.True(File.GetLastWriteTimeUtc(e) > longAgo.AddDays(1), $"{e} was used but not marked"));
        Assert.True(File.Exists(Path.Combine(cache, "notes.json")));
        Assert.True(File.Exists(Path.Combine(cache, "ab", "not-an-entry.json")));
        Assert.Contains("7 of 8 files from the shards' results", merge.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0/3", "is not K/N")]
    [InlineData("4/3", "is not K/N")]
    [InlineData("a/b", "is not K/N")]
    [InlineData("1/3", "--shard needs --cache DIR")]
    public void A_shard_needs_a_part_that_exists_and_a_cache_for_its_results(string shard, string message)
    {
        var run = Run("check", "news", "--shard", shard);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_needs_the_shards_folder()
    {
        var run = Run("merge", "news");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--cache", run.Error, StringComparison.Ordinal);
    }
}
