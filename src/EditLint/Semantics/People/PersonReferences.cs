using EditLint.Documents;
using EditLint.Semantics.Lexicons;
using EditLint.Semantics.Quotes;
using EditLint.Text;

namespace EditLint.Semantics.People;

/// <summary>How a person is referred to at one mention.</summary>
public enum ReferenceForm
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
public sealed record PersonReference(NameMention Mention, string Surname, ReferenceForm Form, IReadOnlyList<string> Given)
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
public static class PersonReferences
{
    private static readonly HashSet<string> Weekdays = new(Dates.DateLexicon.Weekdays, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> ModifierHeads = new(Lexicon.SurnameModifiers, StringComparer.Ordinal);
    private static readonly HashSet<string> Determiners = new(["the", "a", "an", "The", "A", "An"], StringComparer.Ordinal);

    /// <summary>A person's references in document order.</summary>
    public sealed record Person(string Surname, IReadOnlyList<PersonReference> References);

    /// <summary>The people named in <paramref name="model"/>, read once per document (EL4004 and EL4005 both ask).</summary>
    public static IReadOnlyList<Person> Find(SemanticModel model) => model.GetSummary(PeopleKey, Read);

    private static readonly object PeopleKey = new();

    private static IReadOnlyList<Person> Read(SemanticModel model)
    {
        // Searched, not scanned, per mention: a long article has thousands of both.
        var quotations = model.QuotedText;

        var references = new List<PersonReference>();
        var titledFullNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in model.GetFacts<NameMention>())
        {
            if (mention.Block.Kind is not (BlockKind.Paragraph or BlockKind.ListItem) || quotations.Contains(mention.Span.Start))
                continue;
            var words = mention.Words.Texts();
            // Everything up to the last job title before the surname is the title: "Russian President Vladimir Putin".
            var titles = 0;
            for (var w = 0; w < words.Count - 1; w++)
            {
                if (Lexicon.PersonTitles.Contains(words[w]) && !NameMentions.IsHonorific(words[w]))
                    titles = w + 1;
            }
            var name = titles == 0 ? words : words.GetRange(titles, words.Count - titles);
            // "Treasury Secretary James Baker Monday said": the weekday is not part of the name.
            if (name.Count > 1 && Weekdays.Contains(name[^1]))
                continue;
            // "Child Support Agency Doug Smith": a long run ends with the name.
            if (name.Count > 4)
                name = name[^2..];
            if (name.Exists(w => w.Contains('.') && w.Length > 2))
                continue;
            var surname = name[^1];
            var given = name.Count >= 2 ? name.GetRange(0, name.Count - 1) : [];
            if (name.Count == 1 && mention.Honorific is null && titles == 0)
            {
                // "George W Bush", "JP McManus", "Mr R. Sridharan": initials before the surname make a full name.
                if (Initial(model, mention) is { } initial)
                    given = [initial];
                // "Marion "Suge" Knight", "the Brown/Blair feud", "Brown's Britain" (a book): not a reference on its own.
                else if (NotAReference(model, mention))
                    continue;
            }
            ReferenceForm form;
            if (given.Count > 0)
                form = ReferenceForm.FullName;
            else if (mention.Honorific is not null)
                form = ReferenceForm.Honorific;
            else if (titles > 0)
                form = ReferenceForm.Titled;
            else if (AfterDeterminer(model, mention))
                continue; // "the Bush administration", "a Blair government": the name used as a modifier
            else
                form = ReferenceForm.Bare;
            if (form == ReferenceForm.FullName && titles > 0)
                titledFullNames.Add(surname);
            references.Add(new PersonReference(mention, surname, form, given));
        }

        // Grouped by surname in the order each first appears, as GroupBy did, without its lookup and lists per group.
        var groups = new Dictionary<string, List<PersonReference>>(StringComparer.Ordinal);
        var order = new List<List<PersonReference>>();
        foreach (var reference in references)
        {
            if (!groups.TryGetValue(reference.Surname, out var group))
                order.Add(groups[reference.Surname] = group = []);
            group.Add(reference);
        }

        var people = new List<Person>();
        foreach (var list in order)
        {
            var surname = list[0].Surname;
            bool honorific = false, women = false, men = false;
            foreach (var reference in list)
            {
                if (reference.Mention.Honorific is not { } h)
                    continue;
                honorific = true;
                var feminine = NameMentions.IsFeminine(h.Text);
                women |= feminine == true;
                men |= feminine == false;
            }
            // A quote's speaker is no proof: "Henry Ford said" beside "Ford cut prices" (the company).
            if (!honorific && !titledFullNames.Contains(surname))
                continue;
            // Two people share the surname: which one a bare "Clinton" means is anyone's guess.
            if ((women && men) || TwoFullNames(list))
                continue;
            people.Add(new Person(surname, list));
        }
        return people;
    }

    /// <summary>Line of <paramref name="span"/>, for messages.</summary>
    public static int Line(SemanticModel model, TextSpan span) => model.Document.Source.GetPosition(span.Start).DisplayLine;

    // Whether the full names of one surname name two people: two whose given names (initials aside) share none.
    private static bool TwoFullNames(List<PersonReference> references)
    {
        List<List<string>>? fullNames = null;
        foreach (var reference in references)
        {
            if (reference.Form != ReferenceForm.FullName)
                continue;
            List<string>? given = null;
            foreach (var name in reference.Given)
            {
                if (!IsInitial(name))
                    (given ??= []).Add(name);
            }
            if (given is not null)
                (fullNames ??= []).Add(given);
        }
        return fullNames is not null && fullNames.Exists(a => fullNames.Exists(b => !SameGivenNames(a, b)));
    }

    // "Vladimir Putin" and "Vladimir Vladimirovich Putin" share a given name; "Bill" and "Hillary" do not.
    private static bool SameGivenNames(List<string> a, List<string> b) => a.Exists(b.Contains);

    // "W", "JP", "J.", "R.": one or two capitals, with or without full stops.
    private static bool IsInitial(string word) => word.Replace(".", "", StringComparison.Ordinal) is { Length: >= 1 and <= 2 } letters && letters.All(char.IsUpper);

    private static Token? At(SemanticModel model, int index, Block block) =>
        index >= 0 && index < model.TokenArray.Length && model.TokenArray[index].Block == block ? model.TokenArray[index] : null;

    // The initial right before a lone surname ("W" of "George W Bush", "J." of "J. Allard"), if there is one.
    private static string? Initial(SemanticModel model, NameMention mention)
    {
        var i = model.TokenAt(mention.Words[0].Span.Start);
        if (i < 0)
            return null;
        var before = At(model, i - 1, mention.Block);
        if (before?.Text == ".")
            before = At(model, i - 2, mention.Block);
        return before is { Kind: TokenKind.Word, Text: var initial } && IsInitial(initial) ? initial : null;
    }

    private static bool NotAReference(SemanticModel model, NameMention mention)
    {
        var i = model.TokenAt(mention.Words[0].Span.Start);
        if (i < 0)
            return false;
        var before = At(model, i - 1, mention.Block);
        var after = At(model, i + 1, mention.Block);
        if (before?.Text is "/" || after?.Text is "/" || (before is { } b && NameMentions.IsParticle(b.Text)))
            return true;
        var possessive = model.TokenArray[i].Text.EndsWith("'s", StringComparison.Ordinal) || model.TokenArray[i].Text.EndsWith("’s", StringComparison.Ordinal);
        // "a key Blair lieutenant", "the Conlon and Maguire families", "Blair and Brown camps" (but "Merkel's plan" is her).
        if (!possessive && after is { } next && ModifierHeads.Contains(next.Text))
            return true;
        if (!possessive && after?.Text is "and" or "or" && At(model, i + 2, mention.Block) is { } other && NameMentions.IsCapitalised(other.Text)
            && At(model, i + 3, mention.Block) is { } head && ModifierHeads.Contains(head.Text))
            return true;
        if (before?.Text is "”" or "\"" && At(model, i - 2, mention.Block) is { } name && NameMentions.IsCapitalised(name.Text))
            return true;
        return possessive && after is { Text: var word } && NameMentions.IsCapitalised(word) && !NameMentions.IsHonorific(word);
    }

    private static bool AfterDeterminer(SemanticModel model, NameMention mention) =>
        model.TokenAt(mention.Words[0].Span.Start) is var i and > 0
        && model.TokenArray[i - 1].Block == mention.Block && Determiners.Contains(model.TokenArray[i - 1].Text);
}
