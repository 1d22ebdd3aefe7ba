using System.Collections.Frozen;
using AngleSharp.Html;
using EditLint.Text;

namespace EditLint.Readers;

/// <summary>
/// The raw HTML source as tokens, and the prose of an element read straight from it so that every prose
/// character maps to the characters it came from. AngleSharp knows where elements start but not where text
/// nodes are, so the text is taken from the source here and checked against AngleSharp's tree by the reader.
/// The tree building is a small subset of the HTML algorithm (implied end tags of p, li, dd/dt, headings and
/// table cells); whatever it gets wrong shows up as a mismatch with AngleSharp's text.
/// </summary>
internal sealed class HtmlSource
{
    internal static readonly FrozenSet<string> BlockNames = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp",
    ], StringComparer.Ordinal);

    // Never prose, wherever they appear.
    internal static readonly FrozenSet<string> SkipNames = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "iframe", "svg", "math",
        "textarea", "select", "title", "xmp", "noembed", "noframes", "plaintext", "object", "video", "audio", "canvas",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> RawTextNames = FrozenSet.ToFrozenSet(
        ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title", "plaintext"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> VoidNames = FrozenSet.ToFrozenSet(
    [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p",
        "pre", "listing", "search", "section", "summary", "table", "ul", "xmp", "plaintext", "li", "dd", "dt",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ButtonScope = FrozenSet.ToFrozenSet(
        ["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button", "svg", "math"], StringComparer.Ordinal);

    // The HTML "special" category: end tags of these close what is open inside them; the rest are ignored when stray.
    internal static readonly FrozenSet<string> SpecialNames = FrozenSet.ToFrozenSet(
    [
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed",
        "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select",
        "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr",
        "track", "ul", "wbr", "xmp",
    ], StringComparer.Ordinal);

    private readonly string _text;
    private readonly bool _quirks;
    private readonly List<HtmlToken> _tokens;
    private readonly Dictionary<int, int> _startTags = [];

    /// <summary>Tokenizes <paramref name="text"/>; <paramref name="quirks"/> is the parser's quirks mode (no doctype).</summary>
    public HtmlSource(string text, bool quirks = false)
        : this(text, Tokenize(text), quirks)
    {
    }

    private HtmlSource(string text, List<HtmlToken> tokens, bool quirks)
    {
        _text = text;
        _quirks = quirks;
        _tokens = tokens;
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (_tokens[i].Kind == HtmlTokenKind.StartTag)
                _startTags[_tokens[i].Start] = i;
        }
    }

    /// <summary>The same tokens read in the parser's quirks mode (known only once the page is parsed).</summary>
    public HtmlSource WithQuirks(bool quirks) => quirks == _quirks ? this : new HtmlSource(_text, _tokens, quirks);

    /// <summary>
    /// Where the page first opens an element more than <paramref name="maxDepth"/> deep, by the scan's own tree
    /// building (implied end tags included), or null. Found in one pass that stops there, so it costs at most
    /// tokens × <paramref name="maxDepth"/> even on a page of 100,000 nested elements, whose parse is quadratic.
    /// </summary>
    public int? DepthExceededAt(int maxDepth)
    {
        var scanner = new Scanner(this, split: true, code: false) { MaxDepth = maxDepth, ReadsProse = false };
        scanner.Run(0, 0, 0, "#document", FrozenSet<string>.Empty, document: true);
        return scanner.DepthExceededAt;
    }

    /// <summary>The span of the start tag named <paramref name="name"/> at <paramref name="offset"/>, if there is one.</summary>
    public TextSpan? StartTag(int offset, string name) =>
        _startTags.TryGetValue(offset, out var i) && _tokens[i].Name == name ? TextSpan.FromBounds(offset, _tokens[i].End) : null;

    /// <summary>The raw text of an RCDATA/raw-text element (title, script) whose start tag is at <paramref name="offset"/>, trimmed.</summary>
    public TextSpan? RawContent(int offset, string name)
    {
        if (!_startTags.TryGetValue(offset, out var i) || _tokens[i].Name != name || i + 1 >= _tokens.Count || _tokens[i + 1].Kind != HtmlTokenKind.RawText)
            return null;
        var (start, end) = (_tokens[i + 1].Start, _tokens[i + 1].End);
        while (start < end && IsSpace(_text[start]))
            start++;
        while (end > start && IsSpace(_text[end - 1]))
            end--;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>
    /// Reads the element whose start tag is at <paramref name="offset"/>: its prose, split into runs at nested
    /// block elements when <paramref name="split"/> (else block boundaries become spaces), and where it ends.
    /// Null when no start tag named <paramref name="name"/> is there.
    /// </summary>
    public HtmlScan? ScanElement(int offset, string name, IReadOnlySet<string> closingAncestors, bool split, bool code)
    {
        if (!_startTags.TryGetValue(offset, out var index) || _tokens[index].Name != name)
            return null;
        return new Scanner(this, split, code).Run(index + 1, offset, _tokens[index].End, name, closingAncestors, document: false);
    }

    /// <summary>Reads the whole file as the content of a body that has no tag of its own.</summary>
    public HtmlScan ScanDocument(bool split) =>
        new Scanner(this, split, code: false).Run(0, 0, 0, "#document", FrozenSet<string>.Empty, document: true);

    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private sealed class Scanner(HtmlSource source, bool split, bool code)
    {
        private readonly string _text = source._text;
        private readonly List<ProseTextBuilder> _runs = [];
        private readonly List<string> _stack = [];
        private ProseTextBuilder _run = new();
        private int _skip;
        private int _nested;
        private int _foreign;

        // Open elements past this many end the scan (the document's root is not counted).
        public int MaxDepth { get; init; } = int.MaxValue;

        // False when only the tree is wanted: text is not read into prose.
        public bool ReadsProse { get; init; } = true;

        // Where the element that went past MaxDepth starts, once one has.
        public int? DepthExceededAt { get; private set; }

        public HtmlScan Run(int first, int start, int contentStart, string rootName, IReadOnlySet<string> closingAncestors, bool document)
        {
            _stack.Add(rootName);
            var tokens = source._tokens;
            for (var t = first; t < tokens.Count; t++)
            {
                var token = tokens[t];
                var name = token.Name;
                switch (token.Kind)
                {
                    case HtmlTokenKind.Text when ReadsProse && _skip == 0 && (_nested == 0 || !split):
                        // The parser drops the newline that directly follows <pre>.
                        var from = token.Start;
                        if (code && t == first && from == contentStart)
                            from = SkipOneNewline(from, token.End);
                        AppendText(from, token.End);
                        break;
                    case HtmlTokenKind.StartTag:
                        if (document && name is "html" or "head" or "body")
                            break;
                        if (_foreign == 0)
                        {
                            var close = ImpliedClose(name);
                            if (close == 0)
                                return Finish(start, TrimEnd(token.Start, contentStart));
                            if (close > 0)
                                PopTo(close, token.Start);
                        }
                        if (name == "br")
                            LineBreak(token.Start);
                        else if (VoidNames.Contains(name) || (token.SelfClosing && (_foreign > 0 || name is "svg" or "math")))
                            Boundary(name, token.Start);
                        else
                            Push(name, token.Start);
                        if (_stack.Count - 1 > MaxDepth)
                        {
                            DepthExceededAt = token.Start;
                            return Finish(start, token.Start);
                        }
                        break;
                    case HtmlTokenKind.EndTag:
                        // These close nothing: text after </body> still goes into whatever is open.
                        if (name is "html" or "head" or "body")
                            break;
                        if (name == "br")
                        {
                            LineBreak(token.Start);
                            break;
                        }
                        var at = _stack.LastIndexOf(name);
                        if (at == 0)
                            return Finish(start, token.End);
                        if (at > 0)
                            PopTo(at, token.Start);
                        else if (closingAncestors.Contains(name))
                            return Finish(start, TrimEnd(token.Start, contentStart));
                        break;
                }
            }
            return Finish(start, TrimEnd(_text.Length, contentStart));
        }

        private HtmlScan Finish(int start, int end)
        {
            BreakRun();
            var runs = new List<ProseText>(_runs.Count);
            foreach (var run in _runs)
            {
                run.TrimEnd();
                if (run.Length > 0)
                    runs.Add(run.Build());
            }
            return new HtmlScan(runs, TextSpan.FromBounds(start, end));
        }

        private int TrimEnd(int end, int floor)
        {
            while (end > floor && IsSpace(_text[end - 1]))
                end--;
            return end;
        }

        private int SkipOneNewline(int from, int end)
        {
            if (from < end && _text[from] == '\n')
                return from + 1;
            if (from < end && _text[from] == '\r')
                return from + 1 < end && _text[from + 1] == '\n' ? from + 2 : from + 1;
            return from;
        }

        // Index of the open element a start tag named `name` implicitly closes (and everything above it), or -1.
        private int ImpliedClose(string name)
        {
            var result = -1;
            var paragraph = -1;
            // In quirks mode a table goes inside an open paragraph.
            if (ClosesParagraph.Contains(name) && !(name == "table" && source._quirks))
            {
                paragraph = FindInScope("p");
                result = paragraph;
            }
            var found = name switch
            {
                "li" => FindListItem("li", "li"),
                "dd" or "dt" => FindListItem("dd", "dt"),
                "td" or "th" => FindCell(table: false),
                "tr" => FindCell(table: true),
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => OpenHeading(paragraph >= 0 ? paragraph - 1 : _stack.Count - 1),
                _ => -1,
            };
            return found >= 0 && (result < 0 || found < result) ? found : result;
        }

        private int FindInScope(string target)
        {
            for (var i = _stack.Count - 1; i >= 0; i--)
            {
                if (_stack[i] == target)
                    return i;
                if (ButtonScope.Contains(_stack[i]))
                    return -1;
            }
            return -1;
        }

        private int FindListItem(string a, string b)
        {
            for (var i = _stack.Count - 1; i >= 0; i--)
            {
                var node = _stack[i];
                if (node == a || node == b)
                    return i;
                if (SpecialNames.Contains(node) && node is not ("address" or "div" or "p"))
                    return -1;
            }
            return -1;
        }

        private int FindCell(bool table)
        {
            for (var i = _stack.Count - 1; i >= 0; i--)
            {
                var node = _stack[i];
                if (table ? node == "tr" : node is "td" or "th")
                    return i;
                if (node == "table" || (!table && node == "tr"))
                    return -1;
            }
            return -1;
        }

        private int OpenHeading(int top) =>
            top >= 0 && _stack[top] is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? top : -1;

        private void Push(string name, int offset)
        {
            Boundary(name, offset);
            _stack.Add(name);
            if (SkipNames.Contains(name))
                _skip++;
            if (BlockNames.Contains(name))
                _nested++;
            if (name is "svg" or "math")
                _foreign++;
        }

        private void PopTo(int index, int offset)
        {
            for (var i = _stack.Count - 1; i >= index; i--)
            {
                var name = _stack[i];
                _stack.RemoveAt(i);
                if (SkipNames.Contains(name))
                    _skip--;
                if (BlockNames.Contains(name))
                    _nested--;
                if (name is "svg" or "math")
                    _foreign--;
                Boundary(name, offset);
            }
        }

        // A block element starts or ends: a new run, or (within a heading or pre) a separator.
        private void Boundary(string name, int offset)
        {
            if (_skip > 0 || !BlockNames.Contains(name))
                return;
            if (split)
                BreakRun();
            else
                Separator(code ? '\n' : ' ', offset);
        }

        private void LineBreak(int offset)
        {
            if (_skip == 0 && (_nested == 0 || !split))
                Separator(code ? '\n' : ' ', offset);
        }

        private void Separator(char c, int offset)
        {
            if (code)
                _run.AppendSeparator(c, offset);
            else if (_run.Length > 0 && _run.LastChar != ' ')
                _run.AppendSeparator(' ', offset);
        }

        private void BreakRun()
        {
            if (_run.Length > 0)
            {
                _runs.Add(_run);
                _run = new ProseTextBuilder();
            }
        }

        private void AppendText(int start, int end)
        {
            var i = start;
            while (i < end)
            {
                var c = _text[i];
                if (IsSpace(c) && !code)
                {
                    var k = i + 1;
                    while (k < end && IsSpace(_text[k]))
                        k++;
                    AppendSpace(i, k);
                    i = k;
                }
                else if (c == '&' && TryDecodeEntity(_text, i, end, out var value, out var entityEnd))
                {
                    if (!code && value.Length == 1 && IsSpace(value[0]))
                        AppendSpace(i, entityEnd);
                    else
                        _run.AppendReplacement(value, i, entityEnd);
                    i = entityEnd;
                }
                else if (c == '\0')
                {
                    i++;
                }
                else
                {
                    var k = i + 1;
                    while (k < end && _text[k] is not ('&' or '\0') && (code || !IsSpace(_text[k])))
                        k++;
                    _run.AppendVerbatim(_text, i, k - i);
                    i = k;
                }
            }
        }

        // Runs of whitespace become one space, mapped to the whole run; none at the start of a block.
        private void AppendSpace(int start, int end)
        {
            if (_run.Length == 0 || _run.LastChar == ' ')
                return;
            if (end - start == 1 && _text[start] == ' ')
                _run.AppendVerbatim(_text, start, 1);
            else
                _run.AppendReplacement(" ", start, end);
        }
    }

    /// <summary>
    /// Decodes the character reference at <paramref name="start"/> (which holds '&amp;') as the parser does: numeric
    /// references with the Windows-1252 fix-ups, named references from AngleSharp's table, legacy names without ';'.
    /// </summary>
    internal static bool TryDecodeEntity(string text, int start, int limit, out string value, out int end)
    {
        value = "";
        end = start;
        var i = start + 1;
        if (i < limit && text[i] == '#')
            return TryDecodeNumber(text, start, limit, out value, out end);

        var nameEnd = i;
        while (nameEnd < limit && char.IsAsciiLetterOrDigit(text[nameEnd]))
            nameEnd++;
        if (nameEnd == i)
            return false;
        var resolver = HtmlEntityProvider.Resolver;
        if (nameEnd < limit && text[nameEnd] == ';' && resolver.GetSymbol(text.Substring(i, nameEnd - i + 1)) is { Length: > 0 } full)
        {
            (value, end) = (full, nameEnd + 1);
            return true;
        }
        // Without a semicolon only the legacy names count, longest first ("&notit;" is "¬it;").
        for (var k = nameEnd; k > i + 1; k--)
        {
            if (resolver.GetSymbol(text[i..k]) is { Length: > 0 } legacy)
            {
                (value, end) = (legacy, k);
                return true;
            }
        }
        return false;
    }

    private static bool TryDecodeNumber(string text, int start, int limit, out string value, out int end)
    {
        value = "";
        end = start;
        var i = start + 2;
        var hex = i < limit && text[i] is 'x' or 'X';
        if (hex)
            i++;
        var digitsStart = i;
        long code = 0;
        while (i < limit && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
        {
            var digit = char.IsAsciiDigit(text[i]) ? text[i] - '0' : (text[i] | 0x20) - 'a' + 10;
            code = Math.Min(code * (hex ? 16 : 10) + digit, 0x110000);
            i++;
        }
        if (i == digitsStart)
            return false;
        if (i < limit && text[i] == ';')
            i++;
        end = i;
        var number = (int)code;
        if (number == 0 || number > 0x10FFFF || number is >= 0xD800 and <= 0xDFFF)
            value = "\uFFFD";
        else if (HtmlEntityProvider.IsInCharacterTable(number))
            value = HtmlEntityProvider.GetSymbolFromTable(number) ?? "\uFFFD";
        else
            value = char.ConvertFromUtf32(number);
        return true;
    }

    private static List<HtmlToken> Tokenize(string s)
    {
        var tokens = new List<HtmlToken>();
        var textStart = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] != '<' || ReadMarkup(s, i) is not { } token)
            {
                i++;
                continue;
            }
            if (i > textStart)
                tokens.Add(new HtmlToken(HtmlTokenKind.Text, textStart, i, ""));
            tokens.Add(token);
            i = token.End;
            if (token.Kind == HtmlTokenKind.StartTag && RawTextNames.Contains(token.Name))
            {
                var close = token.Name == "plaintext" ? s.Length : FindRawTextEnd(s, i, token.Name);
                if (close > i)
                    tokens.Add(new HtmlToken(HtmlTokenKind.RawText, i, close, token.Name));
                i = close;
            }
            textStart = i;
        }
        if (s.Length > textStart)
            tokens.Add(new HtmlToken(HtmlTokenKind.Text, textStart, s.Length, ""));
        return tokens;
    }

    private static HtmlToken? ReadMarkup(string s, int i)
    {
        var next = i + 1 < s.Length ? s[i + 1] : '\0';
        if (char.IsAsciiLetter(next))
            return ReadTag(s, i, i + 1, HtmlTokenKind.StartTag);
        if (next == '/')
        {
            var after = i + 2 < s.Length ? s[i + 2] : '\0';
            if (char.IsAsciiLetter(after))
                return ReadTag(s, i, i + 2, HtmlTokenKind.EndTag);
            if (after == '>')
                return new HtmlToken(HtmlTokenKind.Comment, i, i + 3, "");
            return i + 2 < s.Length ? BogusComment(s, i) : null;
        }
        if (next == '!')
        {
            if (string.CompareOrdinal(s, i, "<!--", 0, 4) != 0)
                return BogusComment(s, i);
            foreach (var abrupt in (ReadOnlySpan<string>)["<!-->", "<!--->"])
            {
                if (string.CompareOrdinal(s, i, abrupt, 0, abrupt.Length) == 0)
                    return new HtmlToken(HtmlTokenKind.Comment, i, i + abrupt.Length, "");
            }
            var close = s.IndexOf("-->", i + 4, StringComparison.Ordinal);
            var bang = s.IndexOf("--!>", i + 4, StringComparison.Ordinal);
            var end = close < 0 && bang < 0 ? s.Length
                : bang >= 0 && (close < 0 || bang < close) ? bang + 4 : close + 3;
            return new HtmlToken(HtmlTokenKind.Comment, i, end, "");
        }
        return next == '?' ? BogusComment(s, i) : null;
    }

    private static HtmlToken BogusComment(string s, int i)
    {
        var close = s.IndexOf('>', i + 1);
        return new HtmlToken(HtmlTokenKind.Comment, i, close < 0 ? s.Length : close + 1, "");
    }

    private static HtmlToken ReadTag(string s, int start, int nameStart, HtmlTokenKind kind)
    {
        var j = nameStart;
        while (j < s.Length && !IsSpace(s[j]) && s[j] is not ('/' or '>'))
            j++;
        var name = s[nameStart..j].ToLowerInvariant();
        while (j < s.Length)
        {
            var c = s[j];
            if (IsSpace(c))
            {
                j++;
                continue;
            }
            if (c == '>')
                return new HtmlToken(kind, start, j + 1, name);
            if (c == '/')
            {
                if (j + 1 < s.Length && s[j + 1] == '>')
                    return new HtmlToken(kind, start, j + 2, name, SelfClosing: true);
                j++;
                continue;
            }
            // An attribute name (its first character may be '='), then an optional value.
            j++;
            while (j < s.Length && !IsSpace(s[j]) && s[j] is not ('/' or '>' or '='))
                j++;
            while (j < s.Length && IsSpace(s[j]))
                j++;
            if (j >= s.Length || s[j] != '=')
                continue;
            j++;
            while (j < s.Length && IsSpace(s[j]))
                j++;
            if (j < s.Length && s[j] is '"' or '\'')
            {
                var close = s.IndexOf(s[j], j + 1);
                j = close < 0 ? s.Length : close + 1;
            }
            else
            {
                while (j < s.Length && !IsSpace(s[j]) && s[j] != '>')
                    j++;
            }
        }
        // A tag cut off by the end of the file is dropped by the parser.
        return new HtmlToken(HtmlTokenKind.Comment, start, s.Length, "");
    }

    private static int FindRawTextEnd(string s, int from, string name)
    {
        var i = from;
        while ((i = s.IndexOf("</", i, StringComparison.Ordinal)) >= 0)
        {
            var after = i + 2 + name.Length;
            if (after <= s.Length && string.Compare(s, i + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == s.Length || IsSpace(s[after]) || s[after] is '/' or '>'))
                return i;
            i += 2;
        }
        return s.Length;
    }
}

/// <summary>What <see cref="HtmlSource"/> read for one element: its prose runs and its extent, markup included.</summary>
internal sealed record HtmlScan(IReadOnlyList<ProseText> Runs, TextSpan Span);

internal enum HtmlTokenKind
{
    Text,
    RawText,
    StartTag,
    EndTag,
    Comment,
}

internal readonly record struct HtmlToken(HtmlTokenKind Kind, int Start, int End, string Name, bool SelfClosing = false);
