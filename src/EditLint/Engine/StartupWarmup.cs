using EditLint.Documents;
using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Text;

namespace EditLint.Engine;

/// <summary>
/// A one-file run spends most of its start-up compiling and loading code, one method at a time, on the main thread
/// (the generic code EditLint uses from the framework has no ReadyToRun code of its own), while the second core waits.
/// <see cref="Begin"/> gives that core the first part of a lint: a small built-in article is read (as Markdown and as
/// plain text) and its facts extracted, so that the readers, the lexicons and the fact extractors are loaded and
/// compiled by the time the main thread, busy with the command line, the rule packs and the engine, reaches its first
/// document. Nothing it computes is kept: the article is thrown away, and it touches only what any document touches.
/// </summary>
public static class StartupWarmup
{
    /// <summary>
    /// Starts the warm-up on a background thread, when there is a second core for it. <paramref name="format"/>, when
    /// the host knows it, is the one format its inputs are in: only that reader is warmed (a plain-text run loads no
    /// Markdown parser it will not use); otherwise the Markdown and plain-text readers both are.
    /// </summary>
    public static void Begin(DocumentFormat? format = null)
    {
        // A native (AOT) build has all its code compiled already: nothing to warm. And there a second thread running
        // class constructors while the main thread starts could deadlock in the runtime's own (the two cycled through
        // AppContext's and the string comparers' constructors about once in 160 one-file runs).
        if (Environment.ProcessorCount < 2 || !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
            return;
        new Thread(() => Run(format)) { IsBackground = true, Name = "EditLint warm-up" }.Start();
    }

    private static void Run(DocumentFormat? format)
    {
        try
        {
            if (format != DocumentFormat.Markdown)
            {
                // A plain-text file is a draft or a page's text, which the reader takes apart another way (menus,
                // furniture, the headline found among them): both ways are warmed, the page with its facts.
                var page = new PlainTextReader().Read("warm-up.txt", new SourceText(Page));
                _ = new PlainTextReader().Read("warm-up.txt", new SourceText(Article));
                if (format == DocumentFormat.PlainText)
                {
                    new SemanticModel(page).ExtractAll();
                    return;
                }
            }
            new SemanticModel(new MarkdownReader().Read("warm-up.md", new SourceText(Article))).ExtractAll();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A warm-up that fails leaves the work to the run, which reports whatever it is.
        }
    }

    // Something of everything the extractors look for: a headline, byline and dateline, quotations with and without a
    // named speaker, figures with units, shares, money and approximations, dates absolute and relative, names.
    internal const string Article = "# " + Headline + "\n\n" + Story;

    // The article as a page's text: a menu, a newsletter prompt, share and advertisement lines around the headline and
    // the story, related links and a copyright line after them.
    internal const string Page = """
        Skip to main content
        Home
        News
        Politics
        Business
        Sport

        Subscribe to our newsletter

        Share this article
        Advertisement

        """ + "\n" + Headline + "\n\n" + Story + "\n\n" + """
        Related Topics
        Share
        Advertisement
        Copyright 2024 Example News Ltd. All rights reserved.
        """;

    private const string Headline = "Council approves £2.5m plan to rebuild 40 flood-hit homes";

    // One line a paragraph, as a page's text has them.
    private const string Story =
        "By Jane Smith, Political Correspondent\n\n"
        + "Published: 12 March 2024\n\n"
        + "LONDON, March 12 (Reuters) - The council on Tuesday approved a £2.5 million ($3.2m) plan to rebuild around 40 homes "
        + "damaged in last week's floods, with 60% of the cost met by the government and the rest, about 40%, by insurers.\n\n"
        + "\"We will not leave these families behind,\" said council leader Sarah O'Neill, 54. \"Work starts next month.\"\n\n"
        + "Officials, who asked not to be named, said as many as 300 people had been moved at a time, and 1,200 in total "
        + "since 2019. According to the report, rainfall rose by 15 per cent to 120mm over two days.\n\n"
        + "Mr Ahmed Khan told the BBC that the plan was \"a good first step\" but warned the £2.5m would not cover every street.";
}
