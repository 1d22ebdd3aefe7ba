using EditLint.Documents;
using EditLint.Semantics;
using EditLint.Semantics.Lexicons;
using EditLint.Text;

namespace EditLint.Rules.Consistency;

/// <summary>How a person is referred to at one mention.</summary>
internal enum ReferenceForm
{
    /// <summary>First name and surname ("Vladimir Putin", "President Vladimir Putin", "Mr Vladimir Putin").</summary>
    FullName,
    /// <summary>A courtesy title and the surname ("Mr Putin").</summary>
    Honorific,
    /// <summary>The surname alone ("Putin").</summary>
    Bare,
    /// <summary>A job title and the surname ("President Putin"): neither of the forms EL4004 weighs.</summary>
    Titled,
}

/// <summary>One reference to a person: the <see cref="NameMention"/> fact, read as a form of the person's name.</summary>
internal sealed record PersonReference(NameMention Mention, string Surname, ReferenceForm Form, IReadOnlyList<string> Given)
{
    /// <summary>The courtesy title and surname, or the surname alone: the span a finding marks.</summary>
    public TextSpan Span => Mention.Honorific is { } h && Form != ReferenceForm.FullName ? TextSpan.FromBounds(h.Span.Start, Mention.Last.Span.End) : Mention.Last.Span;

    /// <summary>The reference as written, without job titles ("Mr Putin", "Mr. Baker", "Putin", "Vladimir Putin").</summary>
    public string Text => Form switch
    {
        ReferenceForm.FullName => string.Join(' ', Given.Append(Surname)),
        ReferenceForm.Honorific => $"{Title} {Surname}",
        _ => Surname,
    };

    /// <summary>The courtesy title as written, with its full stop if it has one ("Mr", "Mr.").</summary>
    public string? Title => Mention.Honorific is { } h
        ? h.Block.Text.Length > h.LocalStart + h.Text.Length && h.Block.Text[h.LocalStart + h.Text.Length] == '.' ? h.Text + "." : h.Text
        : null;
}

/// <summary>
/// The people of one article, built on <see cref="NameMentions"/>: every mention grouped by surname, kept only when
/// the surname is shown to be a person's (used with Mr/Ms/Dr…, or in a full name after a job title such as "President
/// Vladimir Putin") and only when it plainly names one person (no "Mr Clinton" beside "Mrs
/// Clinton", no two different full names). Mentions inside quotations, block quotes and captions are left out: the
/// house style governs the writer's own prose. Headings are never mentions.
/// </summary>
internal static class PersonReferences
{
    private static readonly HashSet<string> Determiners = new(["the", "a", "an", "The", "A", "An"], StringComparer.Ordinal);

    /// <summary>A person's references in document order.</summary>
    public sealed record Person(string Surname, IReadOnlyList<PersonReference> References);

    /// <summary>The people named in <paramref name="model"/>.</summary>
    public static IReadOnlyList<Person> Find(SemanticModel model)
    {
        var quotations = model.Quotes.Where(q => q.IsQuotation).Select(q => q.InnerSpan).ToList();
        var tokenIndex = new Dictionary<int, int>();
        for (var i = 0; i < model.Tokens.Count; i++)
            tokenIndex.TryAdd(model.Tokens[i].Span.Start, i);

        var references = new List<PersonReference>();
        var titledFullNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in model.GetFacts<NameMention>())
        {
            if (mention.Block.Kind is not (BlockKind.Paragraph or BlockKind.ListItem) || quotations.Exists(q => q.Contains(mention.Span.Start)))
                continue;
            var words = mention.Words.Select(w => w.Text).ToList();
            // Everything up to the last job title before the surname is the title: "Russian President Vladimir Putin".
            var titles = 0;
            for (var w = 0; w < words.Count - 1; w++)
            {
                if (Lexicon.PersonTitles.Contains(words[w]) && !NameMentions.IsHonorific(words[w]))
                    titles = w + 1;
            }
            var name = words.Skip(titles).ToList();
            // "Mr Putin Kremlin …" or a long run of capitals is not a name.
            if (name.Count > 4 || name.Exists(w => w.Contains('.') && w.Length > 2))
                continue;
            var surname = name[^1];
            var given = name.Count >= 2 ? name[..^1] : [];
            if (name.Count == 1 && mention.Honorific is null && titles == 0)
            {
                // "George W Bush", "JP McManus", "Mr R. Sridharan": initials before the surname make a full name.
                if (Initial(model, tokenIndex, mention) is { } initial)
                    given = [initial];
                // "Marion "Suge" Knight", "the Brown/Blair feud", "Brown's Britain" (a book): not a reference on its own.
                else if (NotAReference(model, tokenIndex, mention))
                    continue;
            }
            ReferenceForm form;
            if (given.Count > 0)
                form = ReferenceForm.FullName;
            else if (mention.Honorific is not null)
                form = ReferenceForm.Honorific;
            else if (titles > 0)
                form = ReferenceForm.Titled;
            else if (AfterDeterminer(model, tokenIndex, mention))
                continue; // "the Bush administration", "a Blair government": the name used as a modifier
            else
                form = ReferenceForm.Bare;
            if (form == ReferenceForm.FullName && titles > 0)
                titledFullNames.Add(surname);
            references.Add(new PersonReference(mention, surname, form, given));
        }

        var people = new List<Person>();
        foreach (var group in references.GroupBy(r => r.Surname, StringComparer.Ordinal))
        {
            var list = group.ToList();
            var honorifics = list.Where(r => r.Mention.Honorific is not null).Select(r => r.Mention.Honorific!.Text).ToList();
            // A quote's speaker is no proof: "Henry Ford said" beside "Ford cut prices" (the company).
            var isPerson = honorifics.Count > 0 || titledFullNames.Contains(group.Key);
            if (!isPerson)
                continue;
            var genders = honorifics.Select(NameMentions.IsFeminine).OfType<bool>().Distinct().Count();
            var fullNames = list.Where(r => r.Form == ReferenceForm.FullName && !IsInitial(r.Given[0])).Select(r => r.Given[0].TrimEnd('.')).Distinct(StringComparer.Ordinal).ToList();
            // Two people share the surname: which one a bare "Clinton" means is anyone's guess.
            if (genders > 1 || fullNames.Count > 1 && !SameFirstName(fullNames))
                continue;
            people.Add(new Person(group.Key, list));
        }
        return people;
    }

    /// <summary>Line of <paramref name="span"/>, for messages.</summary>
    public static int Line(SemanticModel model, TextSpan span) => model.Document.Source.GetPosition(span.Start).DisplayLine;

    // "Vladimir" and "V." are one first name; "Bill" and "Hillary" are not.
    private static bool SameFirstName(List<string> firsts) =>
        firsts.All(f => firsts.All(g => f.StartsWith(g, StringComparison.Ordinal) || g.StartsWith(f, StringComparison.Ordinal)));

    private static bool IsInitial(string word) => word.Length <= 2 && word.All(char.IsUpper);

    private static Token? At(SemanticModel model, int index, Block block) =>
        index >= 0 && index < model.Tokens.Count && model.Tokens[index].Block == block ? model.Tokens[index] : null;

    // The initial right before a lone surname ("W" of "George W Bush", "J." of "J. Allard"), if there is one.
    private static string? Initial(SemanticModel model, Dictionary<int, int> tokenIndex, NameMention mention)
    {
        if (!tokenIndex.TryGetValue(mention.Words[0].Span.Start, out var i))
            return null;
        var before = At(model, i - 1, mention.Block);
        if (before?.Text == ".")
            before = At(model, i - 2, mention.Block);
        return before is { Kind: TokenKind.Word } && IsInitial(before.Text) ? before.Text : null;
    }

    private static bool NotAReference(SemanticModel model, Dictionary<int, int> tokenIndex, NameMention mention)
    {
        if (!tokenIndex.TryGetValue(mention.Words[0].Span.Start, out var i))
            return false;
        var before = At(model, i - 1, mention.Block);
        var after = At(model, i + 1, mention.Block);
        if (before?.Text is "/" || after?.Text is "/")
            return true;
        if (before?.Text is "”" or "\"" && At(model, i - 2, mention.Block) is { } name && NameMentions.IsCapitalised(name.Text))
            return true;
        var possessive = model.Tokens[i].Text.EndsWith("'s", StringComparison.Ordinal) || model.Tokens[i].Text.EndsWith("’s", StringComparison.Ordinal);
        return possessive && after is not null && NameMentions.IsCapitalised(after.Text) && !NameMentions.IsHonorific(after.Text);
    }

    private static bool AfterDeterminer(SemanticModel model, Dictionary<int, int> tokenIndex, NameMention mention) =>
        tokenIndex.TryGetValue(mention.Words[0].Span.Start, out var i) && i > 0
        && model.Tokens[i - 1].Block == mention.Block && Determiners.Contains(model.Tokens[i - 1].Text);
}
