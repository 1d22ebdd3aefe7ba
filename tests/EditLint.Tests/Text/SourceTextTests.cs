using EditLint.Text;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Text;

public sealed class SourceTextTests
{
    [Fact]
    public void Positions_AreZeroBasedInternally_AndOneBasedForPeople()
    {
        var text = new SourceText("ab\ncd");
        var position = text.GetPosition(4);
        Assert.Equal(new LinePosition(1, 1), position);
        Assert.Equal((2, 2), (position.DisplayLine, position.DisplayColumn));
    }

    [Theory]
    [InlineData("one\r\ntwo\r\nthree")]
    [InlineData("one\ntwo\nthree")]
    [InlineData("one\rtwo\rthree")]
    public void AllLineBreakStyles_CountAsOneBreak(string content)
    {
        var text = new SourceText(content);
        Assert.Equal(3, text.LineCount);
        var three = content.IndexOf("three", StringComparison.Ordinal);
        Assert.Equal(new LinePosition(2, 0), text.GetPosition(three));
        Assert.Equal("two", text.ToString(text.GetLineSpan(1)));
    }

    [Fact]
    public void Columns_CountUtf16CodeUnits_AsLspDoes()
    {
        // The emoji is two UTF-16 code units, so the word after it starts at character 3, as LSP counts by default.
        var text = new SourceText("😀 ok");
        Assert.Equal(new LinePosition(0, 3), text.GetPosition(3));
    }

    [Fact]
    public void GetOffset_IsTheInverseOfGetPosition()
    {
        var text = new SourceText("first\nsecond line\nthird");
        for (var offset = 0; offset <= text.Length; offset++)
            Assert.Equal(offset, text.GetOffset(text.GetPosition(offset)));
    }

    [Fact]
    public void ProseText_MapsReplacementsToTheirWholeSourceRange()
    {
        var builder = new ProseTextBuilder();
        const string source = "A &amp; B";
        builder.AppendVerbatim(source, 0, 2);
        builder.AppendReplacement("&", 2, 7);
        builder.AppendVerbatim(source, 7, 2);
        var prose = builder.Build();
        Assert.Equal("A & B", prose.Text);
        Assert.Equal(new TextSpan(2, 5), prose.ToSource(2, 1));
        Assert.Equal(new TextSpan(0, 9), prose.ToSource(0, 5));
    }

    [Theory]
    [InlineData("ab\r\ncd\n", false)]
    [InlineData("Zelenskyy said: “We will not give up.” 😀\rNext — line\u00A0here", false)]
    [InlineData("x", false)]
    [InlineData("ab\r\ncd\n", true)]
    [InlineData("Zelenskyy said: “We will not give up.” 😀\rNext — line\u00A0here", true)]
    [InlineData("x", true)]
    public void A_packed_text_gives_back_the_same_characters_and_the_same_positions(string content, bool spilled)
    {
        using var spill = spilled ? ScratchFile.Create(Path.GetTempPath()) : null;
        Assert.Equal(spilled, spill is not null);
        var text = new SourceText(content);
        var positions = Enumerable.Range(0, content.Length + 1).Select(text.GetPosition).ToList();
        var lines = Enumerable.Range(0, text.LineCount).Select(text.GetLineSpan).ToList();

        text.Pack(spill);
        Assert.Equal(spilled, spill?.Length > 0);
        // The copy it was packed from is held weakly: let it go, so that what is read below is unpacked.
        text.ForgetUnpacked();

        Assert.True(text.IsPacked);
        Assert.Equal(content, text.Text);
        Assert.Equal(content.Length, text.Length);
        Assert.Equal(positions, Enumerable.Range(0, content.Length + 1).Select(text.GetPosition));
        Assert.Equal(lines, Enumerable.Range(0, text.LineCount).Select(text.GetLineSpan));
        Assert.Equal(content[^1], text[content.Length - 1]);
    }

    // An article's line map is kept as the differences between its line starts once its text is packed (the run keeps
    // one for every file until the report); a text of many lines keeps its array, which is looked up without a walk.
    [Theory]
    [InlineData(2)]
    [InlineData(SourceText.LineStartsPackedUpTo - 1)]
    [InlineData(SourceText.LineStartsPackedUpTo)]
    [InlineData(2_000)]
    public void A_packed_text_s_line_map_gives_the_same_positions_lines_and_offsets(int breaks)
    {
        // Lines from empty to longer than one byte of a difference holds, with every kind of break.
        var content = string.Concat(Enumerable.Range(0, breaks).Select(i => new string('x', i * 37 % 300) + (i % 3) switch { 0 => "\r\n", 1 => "\n", _ => "\r" }));
        var text = new SourceText(content);
        var positions = Enumerable.Range(0, content.Length + 2).Select(text.GetPosition).ToList();
        var lines = Enumerable.Range(0, text.LineCount).Select(text.GetLineSpan).ToList();
        var offsets = Enumerable.Range(0, text.LineCount).Select(l => text.GetOffset(new LinePosition(l, 5))).ToList();

        text.Pack();

        Assert.Equal(breaks + 1, text.LineCount);
        Assert.Equal(text.LineCount <= SourceText.LineStartsPackedUpTo, text.LineStartsArePacked);
        Assert.Equal(positions, Enumerable.Range(0, content.Length + 2).Select(text.GetPosition));
        Assert.Equal(lines, Enumerable.Range(0, text.LineCount).Select(text.GetLineSpan));
        Assert.Equal(offsets, Enumerable.Range(0, text.LineCount).Select(l => text.GetOffset(new LinePosition(l, 5))));
        Assert.Equal(new LinePosition(breaks, 0), text.GetPosition(content.Length));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_packed_text_is_unpacked_again_each_time_its_copy_is_gone_and_a_long_one_too(bool spilled)
    {
        using var spill = spilled ? ScratchFile.Create(Path.GetTempPath()) : null;
        // Longer than Brotli's 4 MB window, with surrogate pairs and every kind of line break.
        var expected = string.Concat(Enumerable.Range(0, 120_000).Select(i => $"Line {i} — “Zelenskyy” 😀 said.\r\n{i % 7}\r"));
        var text = new SourceText(new string(expected.AsSpan()));
        text.Pack(spill);
        Assert.Equal(spilled, text.IsSpilled);

        for (var round = 0; round < 2; round++)
        {
            text.ForgetUnpacked();
            Assert.Equal(expected, text.Text);
        }
        text.ForgetUnpacked();
        Assert.Equal("“Zelenskyy”", text.ToString(new TextSpan(expected.IndexOf('“'), 11)));
        Assert.True(expected.Length > 4 << 20);
    }

    [Fact]
    public void A_text_that_is_not_valid_UTF16_is_not_packed_so_that_it_stays_exactly_as_read()
    {
        var content = "a\uD800b";
        var text = new SourceText(content);

        text.Pack();

        Assert.False(text.IsPacked);
        Assert.Equal(content, text.Text);
    }

    [Fact]
    public void Texts_spilled_from_many_threads_each_come_back_as_they_were()
    {
        // Where a run makes its own: TMPDIR, /var/tmp or the system's temporary folder.
        using var spill = ScratchFile.ForRun()!;
        var contents = Enumerable.Range(0, 200).Select(i => string.Concat(Enumerable.Repeat($"Article {i}: “quote {i}” — {new string('x', i)}\n", i + 1))).ToList();
        var texts = contents.Select(c => new SourceText(c)).ToList();

        Parallel.ForEach(texts, text => text.Pack(spill));
        texts.ForEach(t => t.ForgetUnpacked());

        Assert.All(texts, t => Assert.True(t.IsSpilled));
        Assert.Equal(contents, texts.Select(t => t.Text));
        Assert.Equal(contents.Select(c => new SourceText(c).LineCount), texts.Select(t => t.LineCount));
    }

    [Fact]
    public void A_scratch_file_leaves_nothing_in_its_folder_and_none_is_made_where_it_cannot_be()
    {
        var folder = Directory.CreateTempSubdirectory("editlint-spill-test").FullName;
        try
        {
            using (var spill = ScratchFile.Create(folder))
            {
                Assert.NotNull(spill);
                new SourceText("Some text.").Pack(spill);
                // The articles' texts are the user's: nobody else on the machine may read them.
                if (!OperatingSystem.IsWindows())
                    Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, spill.UnixMode);
                // Unlinked as soon as it is open (on Unix), so a run that crashes leaves no copy of the articles behind.
                if (!OperatingSystem.IsWindows())
                    Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
            }
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
            Assert.Null(ScratchFile.Create(Path.Combine(folder, "missing")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Lines end at \n, \r\n and a lone \r: every offset's line and column against a walk that counts them character by character.
    [Theory]
    [InlineData(20261206)]
    [InlineData(20261207)]
    public void Positions_are_those_a_walk_over_every_character_counts(int seed)
    {
        const string Characters = "ab\r\n\u2028 ";
        var random = new Random(seed);
        for (var round = 0; round < 2000; round++)
        {
            var raw = RandomText.Of(random, Characters, 20);
            var text = new SourceText(raw);
            var (line, column) = (0, 0);
            for (var offset = 0; offset < raw.Length; offset++)
            {
                Assert.Equal(new LinePosition(line, column), text.GetPosition(offset));
                var lineEnds = raw[offset] == '\n' || (raw[offset] == '\r' && (offset + 1 == raw.Length || raw[offset + 1] != '\n'));
                (line, column) = lineEnds ? (line + 1, 0) : (line, column + 1);
            }
            Assert.Equal(line + 1, text.LineCount);
        }
    }
}
