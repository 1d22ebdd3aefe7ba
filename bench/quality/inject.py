#!/usr/bin/env python3
"""Defect-injection benchmark: how many careless edits EditLint catches, and what it says on untouched copy.

    python3 bench/quality/inject.py ../shared/corpus --seed 7 [--per-family 40] [--families attribution,names]
                                    [--self-check] [--keep DIR] [--show FAMILY]

Real articles are drawn at random (the seed decides which) from each corpus folder. Each drawn article gets exactly one
realistic careless edit (a defect family and one of its variants), and the script records where the defect is. It
then runs the Release CLI once over the untouched originals and once over the edited copies (each article is used at
most once, so copies of one article never meet in a workspace rule) and prints, per family and corpus:

- recall: the edits for which a rule of the family reports a finding within one paragraph of the defect that is new
  against the original (no finding of that rule on the corresponding line of the original);
- the family's rules' findings per 1,000 words on the untouched originals;
- collateral: other new findings in the edited copies, per edit.

--self-check checks that every label points at its defect (the only lines that differ are the labelled ones, the
edited text is where the label says, and the variant's precondition holds) and runs nothing else. Copies go to a
temporary folder (or --keep DIR); nothing is written into the repository and no article text belongs in it.
"""
import argparse, calendar, collections, datetime, difflib, json, os, random, re, subprocess, sys, tempfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.path.join(ROOT, "src", "EditLint.Cli", "bin", "Release", "net10.0", "editlint")

FAMILY_RULES = {
    "attribution": {"EL1001"},
    "figures": {"EL2001"},
    "names": {"EL4001"},
    "weekday": {"EL3003"},
    "date-removed": {"EL3001"},
    "duplicate": {"EL4002"},
}

# Words that make a sentence name its speaker (generous on purpose: a label is only made where none is left).
SPEECH = re.compile(r"\b(?:(?:say|said|tell|told|add|confirm|deni|deny|insist|explain|note|announc|wr[io]te|ask|stress|"
                    r"comment|declar|repl|continu|recall|admit|describ|call|tweet|post|quot|inform|respon|answer|urg|"
                    r"predict|suggest|acknowledg|conced|promis|vow|report|remark|observ|caution|conclud|warn|stat|claim|"
                    r"argu|accord|believ|think|thought|feel|felt|hope|want|expect|spok|speak|mention|interview)\w*|went on)\b")
OPEN, CLOSE = "\"“", "\"”"


def quote_spans(line):
    """The quotations of a paragraph as (start, end) pairs. A straight mark opens when it follows a space, a bracket or
    the start and is followed by a letter or digit, and closes otherwise; an opening mark inside an open quotation
    starts the next one, since one speaker's sentences are often each opened and only the last closed
    ("A. "B." X said). Pairing straight marks one after the other instead would take the text between two
    quotations for a quotation and hide the speech verb in it."""
    spans, start = [], None
    for k, ch in enumerate(line):
        before = line[k - 1] if k else " "
        after = line[k + 1] if k + 1 < len(line) else " "
        opening = ch == "“" or (ch == '"' and (before.isspace() or before in "([{—–-/:") and (after.isalnum() or after in "‘'.…["))
        closing = ch == "”" or (ch == '"' and not opening)
        if opening:
            if start is not None:
                spans.append((start, k))
            start = k
        elif closing and start is not None:
            spans.append((start, k + 1))
            start = None
    if start is not None:
        spans.append((start, len(line)))
    return [(a, b) for a, b in spans if b - a >= 4]


def outside_quotations(line):
    """The paragraph with each quotation replaced by a space."""
    out, last = [], 0
    for a, b in quote_spans(line):
        out.append(line[last:a])
        out.append(" ")
        last = b
    out.append(line[last:])
    return "".join(out)
NAME_WORD = r"[A-Z][\w'’.-]+"
TAG = (rf"(?:he|she|they|{NAME_WORD}(?: {NAME_WORD}){{0,3}}|the [a-z]+(?: [a-z]+){{0,2}}) "
       r"(?:said|says|added|adds|told [^.\"”]{1,40}?|explained|warned|stated|insisted)")
INVERTED = rf"(?:said|says|added|adds) (?:{NAME_WORD}(?: {NAME_WORD}){{0,3}}|the [a-z]+(?: [a-z]+){{0,3}})"
# "“Q,” X said." at a sentence start (the tag is the whole rest of the sentence).
# The comma may sit inside the marks (“Q,” X said) or, in logical punctuation, outside them ("Q", X said) or be absent.
TRAILING = re.compile(r"(^|(?<=[.!?”\"] ))([\"“])([A-Z][^\"“”\n]{20,400}?)(,?)([\"”])(,?) (" + TAG + "|" + INVERTED + r")\.(?= |$)")
# "X said: “Q.”" at a sentence start.
LEADING = re.compile(r"(^|(?<=[.!?”\"] ))(" + TAG + r"|" + INVERTED + r"): ([\"“])(?=[A-Z])")
# "“A,” X said, “b …”" (an interrupted quotation).
INTERRUPTED = re.compile(r"([\"“])([A-Z][^\"“”\n]{10,300}?),([\"”]) (" + TAG + "|" + INVERTED + r"), ([\"“])([a-z])")

MONTHS = list(calendar.month_name)[1:]
WEEKDAYS = list(calendar.day_name)
WEEKDAY_DATE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"),? (" + "|".join(MONTHS) + r") (\d{1,2})(?:, (\d{4}))?\b")
WEEKDAY_DATE_DMY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"),? (\d{1,2}) (" + "|".join(MONTHS) + r")(?: (\d{4}))?\b")
DATELINE_DATE = re.compile(r"^([A-Z][A-Z .,'-]+), ([A-Z][a-z]{2,8}\.? \d{1,2}) (- |\(Reuters\) - )")
MONEY = re.compile(r"(?<![\w./])([$£€]\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:bn|m|mln|billion|million| billion| million| mln)?"
                   r"|\d{1,3}(?:,\d{3})*(?:\.\d+)? (?:mln|billion|million|bln) (?:dlrs|dollars|pounds|euros|stg))(?![\w])")
PERCENT = re.compile(r"(?<![\w./-])(\d{1,3}(?:\.\d+)?(?:%| pct| per cent| percent))(?![\w])")
COUNT = re.compile(r"(?<![\w.,$£€/-])(\d{1,3}(?:,\d{3})+|\d{2,})(?: ([a-z]{3,}))(?![\w])")
VOWELS = "aeiou"
# Capitalised words that are no names: months, weekdays and the titles and institutions names come with.
NOT_NAMES = set(MONTHS) | set(WEEKDAYS) | {"Prime", "Minister", "President", "Secretary", "Chancellor", "Senator", "Governor",
                                          "Chairman", "Chief", "Executive", "Director", "General", "Street", "House",
                                          "Party", "Court", "Council", "Ministry", "Department", "Commission", "Union",
                                          "National", "International", "Federal", "Central", "Reserve", "Exchange",
                                          "Company", "Group", "Corporation", "Bank", "Market", "Government", "Labour",
                                          "Conservative", "Democratic", "Republican", "Democrats", "Republicans",
                                          "Northern", "Southern", "Eastern", "Western", "North", "South", "East", "West"}


class Article:
    def __init__(self, corpus, path, text):
        self.corpus, self.path, self.text = corpus, path, text
        self.lines = text.split("\n")
        fence = next(i for i in range(1, len(self.lines)) if self.lines[i].strip() == "---")
        self.body_first = fence + 1  # index of the first line after the front matter
        self.paragraphs = [i for i in range(self.body_first, len(self.lines)) if self.lines[i].strip()]
        self.words = sum(len(self.lines[i].split()) for i in self.paragraphs)

    @property
    def name(self):
        return os.path.basename(self.path)

    def prev_paragraph(self, line):
        earlier = [i for i in self.paragraphs if i < line]
        return earlier[-1] if earlier else None


def load_articles(folder):
    by_corpus = collections.defaultdict(list)
    for corpus in sorted(os.listdir(folder)):
        directory = os.path.join(folder, corpus)
        if not os.path.isdir(directory):
            continue
        for name in sorted(os.listdir(directory)):
            if not name.endswith(".md") or name == "README.md":
                continue
            text = open(os.path.join(directory, name), encoding="utf-8").read()
            if not text.startswith("---\n") or "\n---\n" not in text[3:]:
                continue
            by_corpus[corpus].append(Article(corpus, os.path.join(directory, name), text))
    return by_corpus


class Defect:
    """One edit: the new text, the lines (0-based, in the edited copy) a finding may be near, and what was done."""

    def __init__(self, family, variant, lines, new_text, where, detail, check, line_delta=(None, 0)):
        self.family, self.variant, self.lines, self.new_text = family, variant, lines, new_text
        self.where, self.detail, self.check = where, detail, check
        # (first edited-copy line after the edit, lines added there): maps edited lines back onto the original's.
        self.line_delta = line_delta


def replace_line(article, index, new_line):
    lines = list(article.lines)
    lines[index] = new_line
    return "\n".join(lines)


# The project's own speech verbs ("praised", "hinted", "thanked" …): a paragraph that still has one may still name who
# spoke, as the issue defines attribution ("its paragraph names who said it"), so no label is made there either.
SPEECH_VERBS = {w.strip().lower() for w in open(os.path.join(ROOT, "src", "EditLint", "Semantics", "Lexicons", "speech-verbs.txt"), encoding="utf-8")
                if w.strip() and not w.startswith("#")}


def paragraph_unattributed_after(line):
    """True when no sentence of the paragraph still names a speaker (so the quotation hangs on nothing)."""
    outside = outside_quotations(line)
    return not SPEECH.search(outside) and not any(w in SPEECH_VERBS for w in re.findall(r"[a-z]+", outside))


FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|we|we're|we've|our|us)\b", re.IGNORECASE)
NOT_SUBJECT = {"The", "A", "An", "But", "And", "Or", "However", "In", "On", "At", "This", "That", "These", "Those", "There",
               "When", "While", "After", "Before", "If", "As", "So", "Yet", "For", "With", "From", "By", "Of", "To", "Since",
               "Although", "Meanwhile", "It", "They", "We", "I", "You", "Despite", "Last", "Next", "Now", "Then"}


def lexicon(name):
    return {w.strip() for w in open(os.path.join(ROOT, "src", "EditLint", "Semantics", "Lexicons", name), encoding="utf-8")
            if w.strip() and not w.startswith("#")}


REPORTING = lexicon("reporting-verbs.txt")
# What a person thinks or feels ("Palermo also believes …", "leaving Reid unimpressed"): a lead-in that gives it to them.
THINKS_OR_FEELS = REPORTING | lexicon("thinking-verbs.txt") | lexicon("lead-in-moods.txt")


def lead_in_before(article, line, quote_start):
    """True when the sentence right before the quotation, in its paragraph, is a lead-in that names who is about to speak:
    it opens with he or she, or with the surname or first name of a person the article names in full (past an opening
    phrase too) when the quotation speaks in the first person or the sentence reports what they think or feel
    ("Palermo also believes …"); or it gives such a person a mood ("…, leaving Reid unimpressed"). An editor reads that
    paragraph as attributed, so cutting the tag there is no defect."""
    before = line[:quote_start].rstrip()
    if not before or before[-1] not in ".!?":
        return False
    sentences = re.split(r"(?<=[.!?])\s+", before)
    words = sentences[-1].split()
    if not words:
        return False
    if words[0] in ("He", "She") or (len(words) > 1 and words[0] in ("And", "But", "So") and words[1] in ("he", "she")):
        return True
    # "Underwhelmed with her role, she left …": he or she right after an opening phrase set off by a comma.
    opening, comma, rest = sentences[-1].partition(", ")
    if comma and opening.count(" ") <= 25 and rest.startswith(("he ", "she ")):
        return True
    end = line.find("”", quote_start + 1)
    end = line.find('"', quote_start + 1) if end < 0 else end
    first_person = bool(FIRST_PERSON.search(line[quote_start:end if end > 0 else None]))
    # Surnames of people named in full, and their first names: a feature calls its subject "Jamie" too.
    full = re.findall(r"\b([A-Z][a-z]+) ([A-Z][a-z'’-]+)\b", article.text)
    surnames = {last for _, last in full} | {first for first, _ in full if first not in NOT_SUBJECT}
    # The subject at the start, or right after an opening phrase set off by a comma ("After three wins, McIlroy is …").
    starts = [words]
    rest = sentences[-1]
    for _ in range(3):
        opening, comma, rest = rest.partition(", ")
        if not comma or (sentences[-1][:len(sentences[-1]) - len(rest)]).count(" ") > 25:
            break
        starts.append(rest.split())
    for start in starts:
        for k, word in enumerate(start[:6]):
            word = word.rstrip(",;:")
            # "But Corry has backed Robinson.": past a conjunction, as EditLint's subject reading is.
            if word.endswith(("'s", "’s")) or (k == 0 and word in ("But", "And", "So", "Yet")):
                continue
            if word in NOT_SUBJECT or not word[:1].isupper():
                break
            if word in surnames:
                after = [w.lower().strip(",;:.") for w in start[k + 1:k + 4]]
                if first_person or any(w in THINKS_OR_FEELS for w in after):
                    return True
                break
    # A person given a mood anywhere in the sentence ("…, leaving Reid unimpressed").
    for k, word in enumerate(words[:-1]):
        if word.rstrip(",;:.") in surnames and words[k + 1].lower().strip(",;:.") in THINKS_OR_FEELS:
            return True
    return False


ABBREVIATION = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|St|Co|Corp|Inc|Ltd|Jr|Sr|Gen|Sen|Rep|Gov|Prof|No)|\b[A-Z])\.$")


def ends_with_quotation(line):
    """True when the paragraph's last sentence quotes someone (the next paragraph may continue that quotation): it ends
    inside an open quotation, or on a closing mark, or on a closing mark and a short tag (", Smith said.")."""
    s = line.rstrip()
    if not s:
        return False
    if s.count("“") > s.count("”") or s[-1] in CLOSE or s[-2:] in ('."', '.”', '?"', '?”', '!"', '!”'):
        return True
    spans = quote_spans(s)
    if not spans:
        return False
    tail = s[spans[-1][1]:]
    # The tag may be long ("said Keiji Tsuda of Nissei BOT Asset Management Corp, an advisory body to …") and hold
    # abbreviations ("Dr. Henry Jarecki said"): only a sentence that starts after the quotation ends it.
    return not any(not ABBREVIATION.search(tail[:m.start() + 1]) for m in re.finditer(r"[.!?] [A-Z“\"]", tail))


def named_in_its_continuation(article, i, new):
    """True when the edited paragraph leaves its quotation open and the next paragraph opens a quotation again in a
    paragraph that names a speaker: one quotation over several paragraphs, whose speaker any part may name (as the
    issue's continuation convention and EditLint's rule catalogue read it)."""
    left_open = new.count("“") > new.count("”") or (new.count('"') % 2 == 1)
    if not left_open:
        return False
    following = [j for j in range(i + 1, len(article.lines)) if article.lines[j].strip()]
    if not following:
        return False
    nxt = article.lines[following[0]].lstrip()
    return nxt[:1] in ('"', "“") and not paragraph_unattributed_after(nxt)


# ---- attribution cut ---------------------------------------------------------------------------------------------

def attribution(article, variant, rng):
    candidates = article.paragraphs[:]
    rng.shuffle(candidates)
    for i in candidates:
        line = article.lines[i]
        prev = article.prev_paragraph(i)
        # A quotation right after a paragraph that ends in one may be its continuation: not a clean defect.
        if prev is None or ends_with_quotation(article.lines[prev]) or prev < article.body_first:
            continue
        if variant == "trailing-tag":
            m = TRAILING.search(line)
            if not m:
                continue
            if not (m.group(4) or m.group(6) or m.group(5) == '"'):
                continue  # “Q” X said with no comma at all is rare enough to be a different construction
            closing = "." + m.group(5) if m.group(4) else m.group(5) + "."
            new = line[:m.start()] + m.group(1) + m.group(2) + m.group(3) + closing + line[m.end():]
            cut = m.group(7)
            quote_start = m.start() + len(m.group(1))
        elif variant == "leading-said":
            m = LEADING.search(line)
            if not m:
                continue
            new = line[:m.start()] + m.group(1) + m.group(3) + line[m.end():]
            cut = m.group(2)
            quote_start = m.start() + len(m.group(1))
        elif variant == "interrupted-joined":
            m = INTERRUPTED.search(line)
            if not m:
                continue
            new = line[:m.start()] + m.group(1) + m.group(2) + ", " + m.group(6) + line[m.end():]
            cut = m.group(4)
            quote_start = m.start()
        else:
            continue
        if new == line or not paragraph_unattributed_after(new) or not quote_spans(new) or lead_in_before(article, new, quote_start) \
                or named_in_its_continuation(article, i, new):
            continue
        return Defect("attribution", variant, [i], replace_line(article, i, new), i,
                      f"cut '{cut}'", check=("text", i, new))
    if variant == "speaker-paragraph-cut":
        # A paragraph that ends with its speaker's quotation, followed by a paragraph that is only the continuation of
        # that quotation: cutting the first leaves the second attributed to nobody.
        for i in candidates:
            prev = article.prev_paragraph(i)
            if prev is None or prev < article.body_first:
                continue
            line, before = article.lines[i], article.lines[prev]
            if line[:1] not in OPEN or not paragraph_unattributed_after(line) or not SPEECH.search(outside_quotations(before)):
                continue
            if not ends_with_quotation(before):
                continue
            before_prev = article.prev_paragraph(prev)
            if before_prev is None or before_prev < article.body_first or ends_with_quotation(article.lines[before_prev]):
                continue
            lines = list(article.lines)
            del lines[prev:prev + 2]  # the paragraph and the blank line after it
            new_index = i - 2
            return Defect("attribution", variant, [new_index], "\n".join(lines), new_index,
                          "cut the speaker's paragraph", check=("text", new_index, line), line_delta=(prev, -2))
    return None


# ---- a figure changed in one of two statements -------------------------------------------------------------------

def change_digits(number, rng):
    digits = [k for k, c in enumerate(number) if c.isdigit()]
    if not digits:
        return None
    k = rng.choice(digits)
    options = [d for d in "0123456789" if d != number[k] and not (k == digits[0] and d == "0")]
    return number[:k] + rng.choice(options) + number[k + 1:]


# Words that say nothing about what a figure is of: function words, reporting verbs, magnitudes and currencies.
FIGURE_FILLER = set("""about above after again against also among around because been before being below between both
could during each even from further had has have having here into just like made make many more most much must near
only other over same should since some such than that their them then there these they this those through under until
very were what when where which while with within would will year years said says saying told added percent pct cent
million billion mln bln dlrs dlr dollars pounds euros marks francs yen stg total nearly almost least less fewer some
according per""".split())


def figure_context(line, start, end, reach=8):
    """Crude stems of the content words (and short names: "SBC") within `reach` words either side of a figure, in
    its sentence: what it is said of."""
    sentence_start = max(line.rfind(". ", 0, start), line.rfind(": ", 0, start)) + 1
    sentence_end = min([k for k in (line.find(". ", end), line.find("; ", end)) if k >= 0] or [len(line)])
    before = re.findall(r"[A-Za-z]+", line[sentence_start:start])[-reach:]
    after = re.findall(r"[A-Za-z]+", line[end:sentence_end])[:reach]
    return {w.lower()[:5] for w in before + after
            if (len(w) >= 4 or (len(w) >= 2 and w.isupper())) and w.lower() not in FIGURE_FILLER}


def is_distinctive(form, kind):
    """3+ significant digits, or an amount of money with a scale: a figure unlikely to recur by chance."""
    if kind == "money" and re.search(r"\d\s?(?:bn|m|mln|billion|million|bln)\b", form):
        return True
    digits = re.sub(r"\D", "", re.match(r"[^\d]*([\d.,]+)", form).group(1)).strip("0")
    return len(digits) >= 3


def figure_statements(article):
    """Figures stated at least twice (same written form) in the body or title: kind -> {form: [(line, start, end, number, context)]}."""
    found = collections.defaultdict(lambda: collections.defaultdict(list))
    title_line = next((k for k in range(1, article.body_first) if article.lines[k].startswith("title:")), None)
    scan = article.paragraphs + ([title_line] if title_line is not None else [])
    for i in scan:
        line = article.lines[i]
        for kind, pattern in (("money", MONEY), ("percent", PERCENT), ("count", COUNT)):
            for m in pattern.finditer(line):
                form = m.group(0)
                if kind == "count" and re.fullmatch(r"(1[89]|20)\d\d", m.group(1)):
                    continue  # a year
                if re.search(r"\bper\s*$", line[:m.start()]):
                    continue  # a rate's unit ("2.5 Ecus per 100 kilos"), not a fact stated
                reach = 40 if i == title_line else 8
                found[kind][form].append((i, m.start(), m.end(), m.group(1), figure_context(line, m.start(), m.end(), reach)))
    return found, title_line


def restates(form, kind, a, b):
    """Two statements of one figure restate one fact, so that changing one makes them disagree: the figure is
    distinctive and the words around the two share one thing it is said of, or a common figure and they share two
    ("25 people were injured in the blast" … "the blast injured 25 people"). A common figure that recurs in unrelated
    sentences ("10 years" of a prison sentence and of a marriage) is a coincidence, not a restatement."""
    return len(a[4] & b[4]) >= (1 if is_distinctive(form, kind) else 2)


def figures(article, variant, rng):
    found, title_line = figure_statements(article)
    kind = {"count": "count", "money": "money", "percent": "percent", "headline": None}[variant]
    pairs = []
    for k, forms in found.items():
        if kind is not None and k != kind:
            continue
        for form, places in forms.items():
            if len(places) < 2 or len({p[0] for p in places}) < 2:
                continue
            in_title = [p for p in places if p[0] == title_line]
            if variant == "headline":
                if in_title:
                    tied = [p for p in places if p[0] != title_line and restates(form, k, in_title[0], p)]
                    if tied:
                        pairs.append((in_title[0], tied[0]))
            elif not in_title:
                body = [p for p in places if p[0] != title_line]
                if restates(form, k, body[-1], body[0]):
                    pairs.append((body[-1], body[0]))
    if not pairs:
        return None
    (line, start, end, number, _), (other_line, _, _, _, _) = rng.choice(pairs)
    text = article.lines[line]
    # A changed figure that equals another figure of the article ("up 24%" made "up 21%" beside the body's "21% higher
    # than last year") states that figure, not a contradiction anyone could see: draw again, a few times.
    whole = "\n".join(article.lines)
    for _ in range(8):
        new_number = change_digits(number, rng)
        if new_number is None:
            return None
        if not re.search(r"(?<![\d.,])" + re.escape(new_number) + r"(?![\d]|[.,]\d)", whole):
            break
    else:
        return None
    at = text.index(number, start)
    new = text[:at] + new_number + text[at + len(number):]
    return Defect("figures", variant, [line, other_line], replace_line(article, line, new), line,
                  f"{number} -> {new_number} (also at line {other_line + 1})", check=("text", line, new))


# ---- a name respelled in a later mention -------------------------------------------------------------------------

def strip_accents(word):
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def respell(name, variant, rng):
    inner = list(range(1, len(name) - 1))
    if variant == "letter-dropped":
        k = rng.choice(inner)
        return name[:k] + name[k + 1:]
    if variant == "letter-doubled":
        k = rng.choice([k for k in inner if name[k].isalpha()])
        return name[:k] + name[k] + name[k:]
    if variant == "letters-swapped":
        ks = [k for k in inner[:-1] if name[k] != name[k + 1]]
        if not ks:
            return None
        k = rng.choice(ks)
        return name[:k] + name[k + 1] + name[k] + name[k + 2:]
    if variant in ("vowel-changed", "sentence-start"):
        ks = [k for k in inner if name[k] in VOWELS]
        if not ks:
            return None
        k = rng.choice(ks)
        return name[:k] + rng.choice([v for v in VOWELS if v != name[k]]) + name[k + 1:]
    if variant == "accent-lost":
        plain = strip_accents(name)
        return plain if plain != name else None
    return None


def names(article, variant, rng):
    body = "\n".join(article.lines[i] for i in article.paragraphs)
    lower_words = set(re.findall(r"\b[a-z][\w'’-]*", body))
    mentions = collections.defaultdict(list)
    for i in article.paragraphs:
        for m in re.finditer(r"\b[A-Z][a-zà-ÿ]{4,}\b", article.lines[i]):
            mentions[m.group(0)].append((i, m.start()))
    usable = []
    for name, places in mentions.items():
        if len(places) < 3 or name.lower() in lower_words or name in NOT_NAMES:
            continue  # an ordinary word that opens sentences, a month or a title, not a name
        if name.endswith(("ish", "ese", "ian", "ean")) or name[:-1] in mentions or name[:-2] + "a" in mentions:
            continue  # a demonym (British, Cuban): a misspelling, but not a name spelled two ways
        places = [p for p in places if article.lines[p[0]][p[1] - 1:p[1]] != "-" and article.lines[p[0]][p[1] + len(name):p[1] + len(name) + 1] != "-"]
        if len(places) < 3:
            continue
        if variant == "accent-lost" and strip_accents(name) == name:
            continue
        later = places[1:]
        if variant == "sentence-start":
            later = [p for p in later if p[1] == 0 or article.lines[p[0]][:p[1]].rstrip().endswith((".", "!", "?", "”", "\""))]
        else:
            later = [p for p in later if p[1] > 0 and not article.lines[p[0]][:p[1]].rstrip().endswith((".", "!", "?"))]
        if later:
            usable.append((name, later))
    rng.shuffle(usable)
    for name, later in usable:
        new_name = respell(name, variant, rng)
        if not new_name or new_name == name or new_name in mentions or new_name.lower() in lower_words:
            continue
        line, start = rng.choice(later)
        text = article.lines[line]
        new = text[:start] + new_name + text[start + len(name):]
        return Defect("names", variant, [line], replace_line(article, line, new), line,
                      f"{name} -> {new_name}", check=("text", line, new))
    return None


# ---- a weekday made wrong, a date removed, a sentence pasted twice -------------------------------------------------

def article_year(article):
    for k in range(1, article.body_first):
        m = re.match(r"(?:date|published):\s*\"?(\d{4})-", article.lines[k])
        if m:
            return int(m.group(1))
    return None


def weekday(article, variant, rng):
    year = article_year(article)
    for i in article.paragraphs:
        line = article.lines[i]
        for pattern in (WEEKDAY_DATE, WEEKDAY_DATE_DMY):
            for m in pattern.finditer(line):
                day_name = m.group(1)
                month, day = (m.group(2), m.group(3)) if pattern is WEEKDAY_DATE else (m.group(3), m.group(2))
                y = int(m.group(4)) if m.group(4) else year
                if y is None:
                    continue
                try:
                    actual = WEEKDAYS[datetime.date(y, MONTHS.index(month) + 1, int(day)).weekday()]
                except ValueError:
                    continue
                if actual != day_name:
                    continue  # the original is already wrong: not a clean defect
                if (variant == "weekday-line") != (line.strip() == m.group(0)):
                    continue
                wrong = rng.choice([d for d in WEEKDAYS if d != day_name])
                new = line[:m.start(1)] + wrong + line[m.end(1):]
                return Defect("weekday", variant, [i], replace_line(article, i, new), i,
                              f"{day_name} -> {wrong} ({month} {day}, {y})", check=("text", i, new))
    return None


def date_removed(article, variant, rng):
    """Every date the article carries is removed: front matter keys, then a wire dateline's date or a weekday line. The
    variant names what was there (the requested one is ignored: an article has the sources it has)."""
    lines = list(article.lines)
    removed = []
    for k in range(article.body_first - 1, 0, -1):
        if re.match(r"(date|published|pubDate|updated|lastmod):", lines[k]):
            removed.append(lines[k].strip())
            del lines[k]
    if not removed:
        return None
    body_first = article.body_first - len(removed)
    first = next(k for k in range(body_first, len(lines)) if lines[k].strip())
    variant = "front-matter"
    m = DATELINE_DATE.match(lines[first])
    if m:
        # "BRUSSELS, March 17 - …" becomes "BRUSSELS - …"; "LONDON, Feb 26 (Reuters) - …" becomes "LONDON (Reuters) - …".
        lines[first] = m.group(1) + (" " + m.group(3) if m.group(3).startswith("(") else " - ") + lines[first][m.end():]
        variant = "front-matter-and-dateline"
    elif WEEKDAY_DATE.fullmatch(lines[first].strip()):
        del lines[first:first + 2]
        variant = "front-matter-and-weekday-line"
    new_text = "\n".join(lines)
    if re.search(r"\b(" + "|".join(MONTHS) + r") \d{1,2}, \d{4}\b", "\n".join(lines[body_first:first + 3])):
        return None  # a full date is still stated at the top
    return Defect("date-removed", variant, None, new_text, 0, "removed " + "; ".join(removed), check=("no-date", first))


def duplicate(article, variant, rng):
    candidates = article.paragraphs[:]
    rng.shuffle(candidates)
    for i in candidates:
        line = article.lines[i]
        # Whole sentences only: from a sentence start to a full stop that is not an abbreviation's ("Lt.", "Inc.").
        sentences = [m for m in re.finditer(r"(?:^|(?<=[.!?] ))[A-Z][^.!?\"“”]{40,300}[.!?](?= [A-Z]|$)", line)
                     if not re.search(r"\b[A-Z][a-z]{0,3}\.$", m.group(0)) and not re.search(r"\b[A-Z][a-z]{0,3}\. $", line[:m.start()])]
        if not sentences:
            continue
        s = rng.choice(sentences)
        sentence = s.group(0)
        if line.count(sentence) != 1 or article.text.count(sentence) != 1:
            continue
        if variant == "same-paragraph":
            new = line[:s.end()] + " " + sentence + line[s.end():]
            return Defect("duplicate", variant, [i], replace_line(article, i, new), i, f"pasted '{sentence[:50]}…' again",
                          check=("twice", sentence))
        nxt = [p for p in article.paragraphs if p > i]
        if variant == "next-paragraph" and nxt:
            n = nxt[0]
            new = sentence + " " + article.lines[n]
            return Defect("duplicate", variant, [n], replace_line(article, n, new), n, f"pasted '{sentence[:50]}…' into the next paragraph",
                          check=("twice", sentence))
    return None


FAMILIES = {
    "attribution": (attribution, ["trailing-tag", "leading-said", "interrupted-joined", "speaker-paragraph-cut"]),
    "figures": (figures, ["count", "money", "percent", "headline"]),
    "names": (names, ["letter-dropped", "letter-doubled", "letters-swapped", "vowel-changed", "accent-lost", "sentence-start"]),
    "weekday": (weekday, ["weekday-in-text", "weekday-line"]),
    "date-removed": (date_removed, ["any"]),
    "duplicate": (duplicate, ["same-paragraph", "next-paragraph"]),
}


def draw(by_corpus, families, per_family, seed):
    """One defect per drawn article; each article used at most once across all families."""
    rng = random.Random(seed)
    used, cases = set(), []
    for corpus, articles in sorted(by_corpus.items()):
        order = articles[:]
        rng.shuffle(order)
        for family in families:
            make, variants = FAMILIES[family]
            made, turn = 0, 0
            for article in order:
                if made >= per_family:
                    break
                if article.path in used:
                    continue
                variant = variants[turn % len(variants)]
                defect = make(article, variant, rng)
                if defect is None:
                    # Try the other variants on this article before moving on, so rare variants still get drawn.
                    for other in variants:
                        if other != variant:
                            defect = make(article, other, rng)
                            if defect:
                                break
                if defect is None:
                    continue
                used.add(article.path)
                cases.append((article, defect))
                made += 1
                turn += 1
    return cases


def self_check(cases):
    problems = []
    for article, d in cases:
        old, new = article.lines, d.new_text.split("\n")
        changed = set()
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
            if tag in ("replace", "insert"):
                changed.update(range(j1, j2))
            if tag == "delete":
                changed.add(j1)
        where = f"{article.corpus}/{article.name} {d.family}/{d.variant}"
        if d.check[0] == "text":
            _, line, text = d.check
            if new[line] != text:
                problems.append(f"{where}: line {line + 1} is not the edited text")
            start, delta = d.line_delta
            if start is not None:
                # A paragraph cut: the copy is the original without that paragraph and its blank line, nothing else.
                if new != old[:start] + old[start - delta:]:
                    problems.append(f"{where}: the copy is not the original less the paragraph at line {start + 1}")
            elif not changed or not changed <= set(d.lines):
                problems.append(f"{where}: edited lines {sorted(c + 1 for c in changed)} are not the labelled {sorted(l + 1 for l in d.lines)}")
        elif d.check[0] == "twice":
            if d.new_text.count(d.check[1]) != 2:
                problems.append(f"{where}: the sentence is not there twice")
            if not changed <= set(d.lines):
                problems.append(f"{where}: edited lines {sorted(changed)} are not the labelled {d.lines}")
        elif d.check[0] == "no-date":
            front = d.new_text.split("\n---\n", 1)[0]
            if re.search(r"^(date|published|pubDate|updated|lastmod):", front, re.M):
                problems.append(f"{where}: a date is left in the front matter")
            first = new[d.check[1]]
            if DATELINE_DATE.match(first) or WEEKDAY_DATE.fullmatch(first.strip()):
                problems.append(f"{where}: a dateline or weekday line is left: {first[:60]}")
        if d.family == "attribution":
            if not paragraph_unattributed_after(new[d.where]):
                problems.append(f"{where}: a speech verb is left in the paragraph")
        if d.family == "names":
            before, after = d.detail.split(" -> ")
            if after not in new[d.where] or before not in d.new_text:
                problems.append(f"{where}: the respelling or the established name is missing")
    return problems


def run_cli(folder, out):
    result = subprocess.run([CLI, "check", folder, "--format", "json", "--output", out], capture_output=True, text=True)
    if result.returncode not in (0, 1) or not os.path.exists(out):
        sys.exit(f"editlint failed on {folder} (exit {result.returncode}): {result.stderr[-400:]}\n"
                 "build it first: dotnet build -c Release src/EditLint.Cli")
    findings = collections.defaultdict(list)
    for d in json.load(open(out, encoding="utf-8"))["diagnostics"]:
        findings[os.path.basename(d["path"])].append((d["id"], d["startLine"] - 1))
    return findings


def paragraph_index(lines, line):
    """Paragraph number of a 0-based line: blank lines separate paragraphs; the front matter counts as paragraph 0."""
    count = 0
    for k in range(min(line, len(lines) - 1) + 1):
        if k > 0 and lines[k].strip() and not lines[k - 1].strip():
            count += 1
    return count


def score(cases, original, edited):
    rows = collections.defaultdict(lambda: dict(cases=0, hits=0, collateral=collections.Counter()))
    details = []
    for article, d in cases:
        name = f"{d.family}__{d.variant}__{article.name}"
        new_lines = d.new_text.split("\n")
        start, delta = d.line_delta
        def to_original(line):
            return line - delta if start is not None and line >= start else line
        before = collections.Counter(original.get(article.name, []))
        new_findings = [(rule, line) for rule, line in edited.get(name, []) if before[(rule, to_original(line))] == 0]
        rules = FAMILY_RULES[d.family]
        if d.lines is None:
            hit = [f for f in new_findings if f[0] in rules]
        else:
            targets = {paragraph_index(new_lines, l) for l in d.lines}
            hit = [f for f in new_findings if f[0] in rules and any(abs(paragraph_index(new_lines, f[1]) - t) <= 1 for t in targets)]
        for key in (d.family, f"{d.family}/{d.variant}", f"{d.family}@{article.corpus}"):
            rows[key]["cases"] += 1
            rows[key]["hits"] += 1 if hit else 0
            rows[key]["collateral"].update(f[0] for f in new_findings if f not in hit)
        details.append((article, d, bool(hit), new_findings))
    return rows, details


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--per-family", type=int, default=40, help="edits per family and corpus folder")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--self-check", action="store_true")
    parser.add_argument("--keep")
    parser.add_argument("--show", help="list the misses of this family")
    args = parser.parse_args()
    families = [f for f in args.families.split(",") if f]
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        sys.exit(f"unknown families: {unknown}; known: {list(FAMILIES)}")

    by_corpus = load_articles(args.folder)
    cases = draw(by_corpus, families, args.per_family, args.seed)
    if args.self_check:
        problems = self_check(cases)
        for p in problems:
            print(p)
        print(f"self-check: {len(cases)} edits, {len(problems)} labels that do not point at their defect")
        return 1 if problems else 0

    tmp = args.keep or tempfile.mkdtemp(prefix="editlint-inject-")
    originals, edits = os.path.join(tmp, "originals"), os.path.join(tmp, "edited")
    os.makedirs(originals, exist_ok=True)
    os.makedirs(edits, exist_ok=True)
    for article, d in cases:
        open(os.path.join(originals, article.name), "w", encoding="utf-8").write(article.text)
        open(os.path.join(edits, f"{d.family}__{d.variant}__{article.name}"), "w", encoding="utf-8").write(d.new_text)
    original = run_cli(originals, os.path.join(tmp, "originals.json"))
    edited = run_cli(edits, os.path.join(tmp, "edited.json"))
    rows, details = score(cases, original, edited)

    words = collections.Counter()
    rule_counts = collections.Counter()
    for article, _ in cases:
        words[article.corpus] += article.words
        for rule, _ in original.get(article.name, []):
            rule_counts[(article.corpus, rule)] += 1
    print(f"seed {args.seed}: {len(cases)} edited copies of as many articles ({sum(words.values()):,} words of originals)")
    print(f"{'family / variant / corpus':44} {'edits':>6} {'found':>6} {'recall':>7} {'orig/1k words':>14} {'collateral/edit':>16}")
    for family in families:
        keys = [family] + sorted(k for k in rows if k.startswith(family + "/")) + sorted(k for k in rows if k.startswith(family + "@"))
        for key in keys:
            row = rows.get(key)
            if not row:
                continue
            corpus = key.split("@")[1] if "@" in key else None
            corpora = [corpus] if corpus else sorted(words)
            rate = sum(rule_counts[(c, r)] for c in corpora for r in FAMILY_RULES[family]) * 1000 / max(1, sum(words[c] for c in corpora))
            collateral = sum(row["collateral"].values()) / row["cases"]
            label = key if key == family else "  " + key.replace(family, "", 1).lstrip("/@")
            print(f"{label:44} {row['cases']:>6} {row['hits']:>6} {row['hits'] / row['cases']:>7.2f} {rate:>14.3f} {collateral:>16.2f}")
        top = rows[family]["collateral"].most_common(4)
        if top:
            print(f"{'':46}collateral by rule: " + ", ".join(f"{r} {n}" for r, n in top))
    if args.show:
        for article, d, hit, new_findings in details:
            if d.family == args.show and not hit:
                line = d.new_text.split("\n")[d.where] if d.lines else ""
                print(f"MISS {article.corpus}/{article.name}:{d.where + 1} {d.variant}: {d.detail}\n    {line[:300]}")
    if not args.keep:
        print(f"(copies in {tmp}; pass --keep DIR to choose where)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
