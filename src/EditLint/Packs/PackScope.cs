using EditLint.Checks;
using EditLint.Documents;
using EditLint.Semantics;
using EditLint.Semantics.Quotes;
using EditLint.Text;

namespace EditLint.Packs;

/// <summary>Where a pack rule looks.</summary>
[Flags]
public enum PackScope
{
    /// <summary>Subheadings and the headline when it is a heading.</summary>
    Heading = 1,
    /// <summary>Each body paragraph, list item, block quote and caption.</summary>
    Paragraph = 2,
    /// <summary>Each sentence of the body (headings excluded).</summary>
    Sentence = 4,
    /// <summary>Each quotation: text between quotation marks, and block quotes.</summary>
    Quote = 8,
    /// <summary>The whole body at once (for consistency, conditional and occurrence checks across paragraphs).</summary>
    Body = 16,
    /// <summary>The headline, from metadata or the first heading.</summary>
    Title = 32,
}

/// <summary>Cuts a document into the units of a scope.</summary>
public static class PackScopes
{
    /// <summary>Scope names as YAML writes them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["heading", "paragraph", "sentence", "quote", "body", "title"];

    /// <summary>The scope YAML names <paramref name="name"/> (in any case), if it names one.</summary>
    /// <remarks>A switch, not a dictionary: one keyed to an enum has no ReadyToRun code, and the JIT compiled it at start-up.</remarks>
    public static bool TryParse(string name, out PackScope scope)
    {
        scope = name.ToLowerInvariant() switch
        {
            "heading" => PackScope.Heading,
            "paragraph" => PackScope.Paragraph,
            "sentence" => PackScope.Sentence,
            "quote" => PackScope.Quote,
            "body" => PackScope.Body,
            "title" => PackScope.Title,
            _ => 0,
        };
        return scope != 0;
    }

    /// <summary>
    /// The units of <paramref name="scope"/> in <paramref name="model"/>, in document order per scope. The pack rules share
    /// the units of a document: each scope is cut once (the body joined once), not once per rule nor once per combination
    /// of scopes that includes it. A document of <see cref="SharedBelow"/> characters or more is cut again for each rule,
    /// so that its units are never all held at once.
    /// </summary>
    public static IEnumerable<CheckUnit> Units(SemanticModel model, PackScope scope) =>
        model.Document.Source.Length < SharedBelow && (int)scope is > 0 and < 64
            ? Shared(model, scope, ScopeKeys, static (m, one) => Cut(m, one).ToList())
            : Cut(model, scope);

    /// <summary>
    /// The units of <paramref name="scope"/> with the quoted words blanked out (<c>quotations: skip</c>): each character
    /// inside a quotation the facts know (<see cref="SemanticModel.QuotedText"/>) becomes <see cref="BlankChar"/>, so that a
    /// pattern neither matches nor counts a speaker's words, and every other match keeps its offsets. Shared by the rules
    /// of one scope, as <see cref="Units"/> are, and in a large document too unless the scope cuts it into sentences or
    /// quotations: its paragraphs' blanked copies are then made once, not once for each rule (five rules blanked a 10 MB
    /// line five times, and two at once passed the 500 MB that LinearTimeTests allows).
    /// </summary>
    public static IEnumerable<CheckUnit> UnitsWithoutQuotations(SemanticModel model, PackScope scope) =>
        (model.Document.Source.Length < SharedBelow || (scope & (PackScope.Sentence | PackScope.Quote)) == 0) && (int)scope is > 0 and < 64
            ? Shared(model, scope, WithoutQuotationsKeys, static (m, one) => WithoutQuotations(Units(m, one), m.QuotedText).ToList())
            : WithoutQuotations(Cut(model, scope), model.QuotedText);

    // The units of a combination of scopes, in the order Cut gives them: each scope's own, made once per document (by cut)
    // and shared. The shipped packs' rules combine six ways, and cutting for each combination made a string and a unit per
    // sentence and heading two and three times over.
    private static List<CheckUnit> Shared(SemanticModel model, PackScope scope, object[] keys, Func<SemanticModel, PackScope, List<CheckUnit>> cut) =>
        model.GetSummary(keys[(int)scope], m =>
        {
            if (((int)scope & ((int)scope - 1)) == 0)
                return cut(m, scope);
            var units = new List<CheckUnit>();
            foreach (var one in CutOrder)
            {
                if (scope.HasFlag(one))
                    units.AddRange(Shared(m, one, keys, cut));
            }
            return units;
        });

    // The order in which Cut gives the units of each scope.
    private static readonly PackScope[] CutOrder = [PackScope.Title, PackScope.Heading, PackScope.Paragraph, PackScope.Sentence, PackScope.Quote, PackScope.Body];

    /// <summary>What a quoted character becomes: no letter, digit, space or word character, so no pattern's word edge moves.</summary>
    public const char BlankChar = '\uFFFC';

    private static IEnumerable<CheckUnit> WithoutQuotations(IEnumerable<CheckUnit> units, QuotedSpans quoted)
    {
        foreach (var unit in units)
            yield return WithoutQuotations(unit, quoted);
    }

    // The quoted stretches are found in the source, then placed in the unit by a binary search over its characters' source
    // offsets, which grow with the unit's: a few calls of the unit's map per quotation, not one per character (a 10 MB
    // line is one unit).
    private static CheckUnit WithoutQuotations(CheckUnit unit, QuotedSpans quoted)
    {
        var text = unit.Text;
        if (text.Length == 0)
            return unit;
        // From the first character's place to the last's: a joined body's map gives one block's span for a longer range.
        var bounds = new List<int>();
        quoted.AddOverlapping(unit.ToSource(0, 1).Start, unit.ToSource(text.Length - 1, 1).End, bounds);
        if (bounds.Count == 0)
            return unit;
        for (var b = 0; b < bounds.Count; b++)
            bounds[b] = FirstAtOrPast(unit, bounds[b]);
        return new CheckUnit(string.Create(text.Length, new Blanking(text, bounds), Blank), unit.ToSource);
    }

    // The first character of the unit whose source offset is at or past the offset given, or the unit's length.
    private static int FirstAtOrPast(CheckUnit unit, int sourceOffset)
    {
        int lo = 0, hi = unit.Text.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (unit.ToSource(mid, 1).Start >= sourceOffset)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

    // A class, not a tuple: a generic method over a struct has no ReadyToRun code.
    private sealed record Blanking(string Text, List<int> Ranges);

    private static void Blank(Span<char> chars, Blanking blanking)
    {
        blanking.Text.AsSpan().CopyTo(chars);
        for (var r = 0; r + 1 < blanking.Ranges.Count; r += 2)
            chars[blanking.Ranges[r]..blanking.Ranges[r + 1]].Fill(BlankChar);
    }

    /// <summary>Lets a document's shared units go, once its rules are done (an editor keeps the models of unchanged files).</summary>
    internal static void Forget(SemanticModel model)
    {
        model.ForgetSummaries(ScopeKeys);
        model.ForgetSummaries(WithoutQuotationsKeys);
    }

    /// <summary>From this many characters on, a document's units are not shared by its rules.</summary>
    internal const int SharedBelow = 100_000;

    // One key per combination of scopes.
    private static readonly object[] ScopeKeys = NewKeys(64);
    private static readonly object[] WithoutQuotationsKeys = NewKeys(64);

    // A loop, not Enumerable.Range: LINQ over ints has no ReadyToRun code, and the JIT compiled it in a one-file run.
    private static object[] NewKeys(int count)
    {
        var keys = new object[count];
        for (var i = 0; i < count; i++)
            keys[i] = new object();
        return keys;
    }

    private static IEnumerable<CheckUnit> Cut(SemanticModel model, PackScope scope)
    {
        var body = model.Document.Blocks.Where(b => b.IsProse && b.Kind != BlockKind.Heading).ToList();
        if (scope.HasFlag(PackScope.Title) && Title(model.Document) is { } title)
            yield return title;
        if (scope.HasFlag(PackScope.Heading))
        {
            foreach (var block in model.Document.Blocks.Where(b => b.Kind == BlockKind.Heading))
                yield return Of(block);
        }
        if (scope.HasFlag(PackScope.Paragraph))
        {
            foreach (var block in body)
                yield return Of(block);
        }
        if (scope.HasFlag(PackScope.Sentence))
        {
            foreach (var sentence in model.Sentences.Where(s => s.Block.Kind != BlockKind.Heading))
                yield return new CheckUnit(sentence.Text, sentence.ToSource);
        }
        if (scope.HasFlag(PackScope.Quote))
        {
            foreach (var block in body)
            {
                if (block.Kind == BlockKind.BlockQuote)
                {
                    yield return Of(block);
                    continue;
                }
                foreach (var (start, length) in Quotations(block.Text))
                    yield return new CheckUnit(block.Text.Substring(start, length), (s, l) => block.Content.ToSource(start + s, l));
            }
        }
        if (scope.HasFlag(PackScope.Body) && body.Count > 0)
            yield return Joined(body);
    }

    /// <summary>Local ranges of the text between paired quotation marks (“…”, "…", and ‘…’ when they do not look like apostrophes).</summary>
    public static IEnumerable<(int Start, int Length)> Quotations(string text)
    {
        var open = -1;
        var closer = '\0';
        // From mark to mark by vectorised searches, not a test per character.
        for (var i = 0; i < text.Length; i++)
        {
            if (open < 0)
            {
                var next = text.AsSpan(i).IndexOfAny('“', '"');
                if (next < 0)
                    yield break;
                i += next;
                (open, closer) = (i + 1, text[i] == '“' ? '”' : '"');
            }
            else
            {
                var next = text.AsSpan(i).IndexOf(closer);
                if (next < 0)
                    yield break;
                i += next;
                if (i > open)
                    yield return (open, i - open);
                open = -1;
            }
        }
    }

    private static CheckUnit Of(Block block) => new(block.Text, block.Content.ToSource);

    private static CheckUnit? Title(ArticleDocument document)
    {
        var heading = document.Blocks.FirstOrDefault(b => b is { Kind: BlockKind.Heading, Level: 1 });
        if (heading is not null)
            return Of(heading);
        if (document.Metadata.Title is not { Span: { } span } title)
            return null;
        return document.TitleTextSpan is { } text
            ? new CheckUnit(title.Value, (s, l) => new TextSpan(text.Start + Math.Clamp(s, 0, title.Value.Length), Math.Max(0, l)))
            : new CheckUnit(title.Value, (_, _) => span);
    }

    // The body as one text, paragraphs separated by a blank line, each character still mapped to the source.
    private static CheckUnit Joined(List<Block> blocks)
    {
        // One paragraph is its own body: no copy of it (a 10 MB line made a 20 MB string for each body-wide rule).
        if (blocks.Count == 1)
            return Of(blocks[0]);
        // Each block's start first, then the text made at its length: a StringBuilder's chunks and its copy were twice
        // the body's size in garbage for every document.
        var starts = new int[blocks.Count];
        var length = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            starts[i] = length + (i > 0 ? 2 : 0);
            length = starts[i] + blocks[i].Text.Length;
        }
        // The state a reference, not a tuple: a generic method over a struct has no ReadyToRun code.
        var joined = string.Create(length, blocks, static (chars, blocks) =>
        {
            var at = 0;
            for (var i = 0; i < blocks.Count; i++)
            {
                if (i > 0)
                {
                    chars[at++] = '\n';
                    chars[at++] = '\n';
                }
                blocks[i].Text.AsSpan().CopyTo(chars[at..]);
                at += blocks[i].Text.Length;
            }
        });
        return new CheckUnit(joined, (start, length) =>
        {
            var index = Array.BinarySearch(starts, start);
            if (index < 0)
                index = Math.Max(0, ~index - 1);
            var block = blocks[index];
            var local = start - starts[index];
            return block.Content.ToSource(local, Math.Min(length, block.Text.Length - local));
        });
    }
}
