using EditLint.LanguageServer.Protocol;
using EditLint.Text;

namespace EditLint.LanguageServer.Server;

/// <summary>What one lint of one version of a document gave, with the text it was computed on.</summary>
internal sealed record LintSnapshot(int Version, SourceText Text, IReadOnlyList<EditLint.Diagnostics.Diagnostic> Diagnostics, EditLint.Documents.ArticleDocument? Document = null)
{
    private EditLint.Semantics.SemanticModel? _model;

    /// <summary>The document's facts, built on first hover (dates resolved against the date the engine settled on).</summary>
    public EditLint.Semantics.SemanticModel? Model => Document is null ? null : _model ??= new EditLint.Semantics.SemanticModel(Document);
}

/// <summary>
/// An editor buffer the client opened: its text as the client last sent it, the text lints see, and its latest lint.
/// A text longer than <paramref name="liveLimit"/> characters is linted as opened or last saved, on its own.
/// </summary>
internal sealed class OpenDocument(string uri, string languageId, int version, string text, int liveLimit = int.MaxValue)
{
    public string Uri { get; } = uri;

    public string LanguageId { get; } = languageId;

    public int Version { get; private set; } = version;

    public string Text { get; private set; } = text;

    /// <summary>
    /// The version and text lints see: the current ones, except for a document too large to lint while typing,
    /// which is linted as it was opened or last saved (see <see cref="Apply"/>).
    /// </summary>
    public (int Version, string Text) Subject { get; private set; } = (version, text);

    /// <summary>True while the text lints see is older than the editor's (a large document edited since its last save).</summary>
    public bool SubjectIsStale => Subject.Version != Version || !ReferenceEquals(Subject.Text, Text);

    /// <summary>True when the editor's text is too long to lint as it is typed.</summary>
    public bool LintedOnSave => Text.Length > liveLimit;

    /// <summary>
    /// True when the text lints see is too long to lint with the others: it is linted on its own (document rules, and
    /// workspace rules over itself), so that its seconds of linting never hold up the other documents' findings.
    /// </summary>
    public bool LintsAlone => Subject.Text.Length > liveLimit;

    /// <summary>True once the user has been told this document is linted on save only.</summary>
    public bool ToldLintedOnSave { get; set; }

    /// <summary>The latest lint whose diagnostics were published (or computed for a request).</summary>
    public LintSnapshot? Lint { get; set; }

    /// <summary>
    /// What was last published: the lint's sequence number (an older lint never replaces a newer one), the version
    /// and the diagnostics as sent, so that a lint started by another document publishes only what changed.
    /// </summary>
    public (long Sequence, int Version, string Json) Published { get; set; } = (-1, -1, "");

    /// <summary>
    /// True from a change (or a re-lint the user asked for) until its findings are published, even if they are the same
    /// as before; a lint for another reason (the workspace changed) publishes only findings that differ. So each change is
    /// answered once, by whichever lint gets there first.
    /// </summary>
    public bool PublishRequested { get; set; }

    /// <summary>Cancels the lint scheduled for an older version.</summary>
    public CancellationTokenSource? Pending { get; set; }

    /// <summary>
    /// Lints of this document on its own are one at a time: a save during a lint of seconds cancels it and waits for it
    /// to stop, so two copies of a large document's facts are never built at once.
    /// </summary>
    public SemaphoreSlim AloneLock { get; } = new(1, 1);

    /// <summary>Publishing is one at a time per document, so an older lint never lands after a newer one.</summary>
    public SemaphoreSlim PublishLock { get; } = new(1, 1);

    public bool Closed { get; set; }

    /// <summary>
    /// Applies changes in order, each against the text the previous one produced, as LSP specifies. A change
    /// without a range replaces the whole text (full sync). The new text becomes the <see cref="Subject"/> if it has at
    /// most the live limit of characters; true when it did (the document is linted as typed).
    /// </summary>
    public bool Apply(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes, PositionEncoding encoding)
    {
        var text = Text;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text;
                continue;
            }
            var source = new SourceText(text);
            var start = PositionMapper.ToOffset(source, change.Range.Start, encoding);
            var end = Math.Max(start, PositionMapper.ToOffset(source, change.Range.End, encoding));
            text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
        }
        Text = text;
        Version = version;
        if (LintedOnSave)
            return false;
        Subject = (version, text);
        return true;
    }

    /// <summary>The editor saved the document: lints see its current text.</summary>
    public void Saved() => Subject = (Version, Text);
}
