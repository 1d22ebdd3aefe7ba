using System.Globalization;
using System.Text;
using EditLint.Semantics;
using EditLint.Text;

using EditLint.Semantics.People;

namespace EditLint.Rules.Consistency;

/// <summary>
/// Spellings of one name that transliteration and accents make differ: Zelenskiy / Zelenskyy / Zelensky,
/// Rosselló / Rossello, Tymoshenko / Timoshenko. Two spellings are variants when their skeletons are equal: accents
/// dropped, y read as i, kh as h, ph as f, w as v, doubled consonants single. Plain edit distance is not used: it pairs
/// different people (Rutte / Rubio) and different places (Iran / Iraq).
/// </summary>
internal static class NameVariants
{
    private const int MinimumLength = 5;

    // Per-document parts, kept with each model (see SemanticModel.GetSummary): an editor's re-lint computes them again
    // for the changed document only.
    private static readonly object OccurrencesKey = new();
    private static readonly object LowerCaseKey = new();

    /// <summary>One occurrence of a name word, with the capitalised words next to it in its name, and its skeleton.</summary>
    public sealed record Occurrence(SemanticModel Model, string Form, TextSpan Span, string? Before, string? After, bool Evidence, string Skeleton);

    /// <summary>The skeleton two variant spellings share, or null for words too short to compare safely.</summary>
    public static string? Skeleton(string word)
    {
        if (word.Length < MinimumLength || word.Contains('-') || word.Contains('.'))
            return null;
        var plain = new StringBuilder();
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            plain.Append(c switch { 'ø' => 'o', 'ł' => 'l', 'đ' => 'd', 'ı' => 'i', _ => c });
        }
        var s = plain.ToString().Replace("kh", "h", StringComparison.Ordinal).Replace("ph", "f", StringComparison.Ordinal)
            .Replace('w', 'v').Replace('y', 'i');
        // Doubled consonants (and the "ii" of Zelenskyy) collapse; doubled vowels do not: Cameroon is not Cameron.
        var collapsed = new StringBuilder();
        foreach (var c in s)
        {
            if (collapsed.Length == 0 || collapsed[^1] != c || (c is 'a' or 'e' or 'o' or 'u'))
                collapsed.Append(c);
        }
        return collapsed.Length >= MinimumLength - 1 ? collapsed.ToString() : null;
    }

    /// <summary>Name words of <paramref name="model"/> worth comparing.</summary>
    public static IReadOnlyList<Occurrence> Occurrences(SemanticModel model) =>
        model.GetSummary(OccurrencesKey, m => Find(m).ToList());

    private static IEnumerable<Occurrence> Find(SemanticModel model)
    {
        // One string (and one skeleton) per spelling, shared by its occurrences: the summary is kept until the workspace
        // rules have run, and on a 10 MB line its 260,000 occurrences of a few hundred words held 26 MB of copies.
        var spellings = new Dictionary<string, (string Text, string? Skeleton)>(StringComparer.Ordinal);
        (string Text, string? Skeleton) Spelling(string text)
        {
            if (!spellings.TryGetValue(text, out var spelling))
                spellings[text] = spelling = (text, text.All(char.IsLetter) ? Skeleton(text) : null);
            return spelling;
        }

        foreach (var mention in model.GetFacts<NameMention>())
        {
            // Only the last word of a name (the surname, or a place): given names vary between different people
            // (Mathew Tait and Matthew Hoggard, Johann Bach and Johan Cruyff), surnames of one person should not.
            for (var i = mention.Words.Count - 1; i < mention.Words.Count; i++)
            {
                var word = mention.Words[i];
                var (form, skeleton) = Spelling(word.Text);
                if (skeleton is null)
                    continue;
                var before = i > 0 ? Spelling(mention.Words[i - 1].Text).Text : null;
                var after = i + 1 < mention.Words.Count ? Spelling(mention.Words[i + 1].Text).Text : null;
                // A capital at the start of a sentence says nothing; inside a sentence or a longer name it marks a name.
                var evidence = mention.Words.Count > 1 || !mention.IsSentenceStart || mention.Honorific is not null;
                yield return new Occurrence(model, form, word.Span, before, after, evidence, skeleton);
            }
        }
    }

    /// <summary>
    /// Groups of two or more spellings that are variants of one name: same skeleton, each spelling used as a name
    /// (not only at the start of a sentence), none of them also an ordinary lower-case word, and not two different
    /// people: two spellings each seen with a first name (or each before another name word), never the same one,
    /// are two people who happen to have similar names.
    /// </summary>
    /// <remarks>
    /// Across articles (<paramref name="sharedContext"/>) the evidence must be positive: each spelling must share a
    /// neighbouring name word with another (both "Volodymyr Zelenskiy" and "Volodymyr Zelenskyy"), because unrelated
    /// articles are full of different people with similar names (Paine / Payne, Mathew / Matthew).
    /// </remarks>
    public static List<List<IGrouping<string, Occurrence>>> Groups(IEnumerable<Occurrence> occurrences, IReadOnlyList<SemanticModel> models, bool sharedContext = false)
    {
        var result = new List<List<IGrouping<string, Occurrence>>>();
        // Spellings are grouped by skeleton first: only the few that share one need the (costlier) lower-case check.
        // Case alone ("McDonald"/"Mcdonald") is a typo of another kind.
        var candidates = occurrences.GroupBy(o => o.Form, StringComparer.Ordinal).Where(g => g.Any(o => o.Evidence))
            .GroupBy(g => g.First().Skeleton, StringComparer.Ordinal).Where(TwoSpellings).ToList();
        var ordinaryWords = LowerCaseAmong(models, candidates.SelectMany(g => g.Select(f => f.Key.ToLowerInvariant())));
        foreach (var group in candidates)
        {
            var forms = group.Where(g => !ordinaryWords.Contains(g.Key.ToLowerInvariant())).ToList();
            if (!TwoSpellings(forms))
                continue;
            if (DifferentPeople(forms))
                continue;
            if (sharedContext && !forms.All(f => forms.Any(g => g != f && SharesContext(f, g))))
                continue;
            result.Add(forms);
        }
        return result;
    }

    private static bool TwoSpellings(IEnumerable<IGrouping<string, Occurrence>> forms) =>
        forms.Select(f => f.Key.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Skip(1).Any();

    private static bool DifferentPeople(List<IGrouping<string, Occurrence>> forms)
    {
        for (var a = 0; a < forms.Count; a++)
        {
            for (var b = a + 1; b < forms.Count; b++)
            {
                if (Disjoint(forms[a].Select(o => o.Before), forms[b].Select(o => o.Before))
                    || Disjoint(forms[a].Select(o => o.After), forms[b].Select(o => o.After)))
                    return true;
            }
        }
        return false;
    }

    private static bool SharesContext(IGrouping<string, Occurrence> a, IGrouping<string, Occurrence> b) =>
        Overlap(a.Select(o => o.Before), b.Select(o => o.Before)) || Overlap(a.Select(o => o.After), b.Select(o => o.After));

    private static bool Overlap(IEnumerable<string?> left, IEnumerable<string?> right) =>
        Keys(left).Overlaps(Keys(right));

    private static HashSet<string> Keys(IEnumerable<string?> words) =>
        words.Where(x => x is not null).Select(x => Skeleton(x!) ?? x!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private static bool Disjoint(IEnumerable<string?> left, IEnumerable<string?> right)
    {
        var l = left.Where(x => x is not null).Select(x => Skeleton(x!) ?? x!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var r = right.Where(x => x is not null).Select(x => Skeleton(x!) ?? x!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return l.Count > 0 && r.Count > 0 && !l.Overlaps(r);
    }

    /// <summary>Those of <paramref name="words"/> (lower-cased) that occur in lower case in the prose of one of <paramref name="models"/>: ordinary words, not names.</summary>
    private static HashSet<string> LowerCaseAmong(IReadOnlyList<SemanticModel> models, IEnumerable<string> words)
    {
        var pending = words.ToHashSet(StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        // Model by model, each asked about every word: one document's words stay in the cache while they are asked
        // (word by word across thousands of documents was most of a workspace lint).
        foreach (var model in models)
        {
            if (pending.Count == 0)
                break;
            var lower = model.GetSummary(LowerCaseKey, LowerCaseWords);
            foreach (var word in pending)
            {
                if (lower.Contains(word))
                    found.Add(word);
            }
            pending.ExceptWith(found);
        }
        return found;
    }

    private static HashSet<string> LowerCaseWords(SemanticModel model)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in model.Tokens)
        {
            if (token.Kind == TokenKind.Word && token.Text.Length > 0 && char.IsLower(token.Text[0]))
                words.Add(token.Text.ToLowerInvariant());
        }
        return words;
    }
}
