using CsCheck;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// Generated Markdown documents (CsCheck), built from the constructs issue 21 names (links in every form, code spans,
/// fences, indented code, HTML blocks and comments, definitions, footnotes, escapes, headings of every kind, list
/// items and quotes): the links and anchors maia-sre extracts must be Markdig's (<see cref="MarkdownOracle"/>). The
/// real files are in <see cref="MarkdownDifferentialTests"/>. MAIA_FUZZ_SECONDS runs them for that long instead of
/// a fixed number of documents.
/// </summary>
public sealed class MarkdownGeneratedTests
{
    private static readonly Gen<string> Name = Gen.OneOf("a.md", "docs/b.md", "c/", "my%20d.md", "e.png", "../f.md", "#g", "h.md#i");

    private static readonly Gen<string> Word = Gen.OneOf("text", "more words", "Usage", "**bold**", "_under_", "`code`", "a < b", "x [y] z", "$", "é");

    /// <summary>
    /// What headings are made of. Known gap, left out: an HTML comment in a heading (GitHub keeps the blanks around
    /// it in the id, the collector masks the comment first).
    /// </summary>
    private static readonly Gen<string> HeadingInline = Gen.OneOf(
        Word,
        Name.Select(n => $"[t]({n})"),
        Name.Select(n => $"[t](<{n}>)"),
        Name.Select(n => $"[t]({n} \"title\")"),
        Name.Select(n => $"![i]({n})"),
        Name.Select(n => $"[![i]({n})]({n})"),
        Name.Select(n => $"[a [b] c]({n})"),
        Name.Select(n => $"\\[t]({n})"),
        Name.Select(n => $"`[t]({n})`"),
        Name.Select(n => $"`` [t]({n}) ``"),
        Name.Select(n => $"<a href=\"{n}\">x</a>"),
        Gen.Const("<https://example.com/x.md>"));

    /// <summary>
    /// Known gaps, left out of the generated text (the hand-written cases cover their common forms): comments inside
    /// multi-line comment blocks, footnote references (<c>[^1]</c>) in headings, <c>&lt;a.md&gt;</c> in headings.
    /// </summary>
    private static readonly Gen<string> Inline = HeadingInline;

    private static readonly Gen<string> Text = Inline.Array[1, 4].Select(parts => string.Join(' ', parts));

    private static readonly Gen<string> HeadingText = HeadingInline.Array[1, 4].Select(parts => string.Join(' ', parts));

    private static readonly Gen<string> Block = Gen.OneOf(
        Text,
        HeadingText.Select(t => "# " + t),
        HeadingText.Select(t => "## " + t + " ##"),
        HeadingText.Select(t => t + "\n===="),
        HeadingText.Select(t => t + "\n---"),
        Text.Select(t => "- " + t),
        HeadingText.Select(t => "1. ## " + t),
        HeadingText.Select(t => "- ## " + t),
        Text.Select(t => "> " + t),
        HeadingText.Select(t => "> - ### " + t),
        Text.Select(t => "    " + t),
        Text.Select(t => "```\n" + t + "\n```"),
        // Known gap, left out: links in a fence inside a block quote are still read by the extractor (its anchors are right).
        Word.Select(t => "> ```\n> # " + t + "\n> ```"),
        Text.Select(t => "<div>\n" + t + "\n</div>"),
        Text.Select(t => "<details>\n\n" + t + "\n</details>"),
        Word.Select(t => "<!--\n" + t + "\n-->"),
        Name.Select(n => "[ref]: " + n),
        Name.Select(n => "[ref]:\n  " + n),
        Name.Select(n => "[ref]: <" + n + "> \"title\""),
        // A footnote is followed by a blank line: Markdig drops the links of a heading right after one, GitHub does not.
        Name.Select(n => "[^1]: note " + n + "\n"),
        Gen.Const("---"),
        Gen.Const("<a id=\"anchor\"></a>"));

    /// <summary>
    /// Blocks apart, as most documents write them. Known gap, left out: blocks written tight (a setext underline under
    /// a reference definition takes the definition into the heading's text; GitHub does not).
    /// </summary>
    private static readonly Gen<string> Document = Block.Array[1, 8].Select(blocks => string.Join("\n\n", blocks) + "\n");

    private static long Iterations => Environment.GetEnvironmentVariable("MAIA_FUZZ_SECONDS") is null ? 1_000 : -1;

    private static int Seconds => int.TryParse(Environment.GetEnvironmentVariable("MAIA_FUZZ_SECONDS"), out var s) ? s : -1;

    [Test, Explicit("Open gaps still found by generated documents (issue 21, Markdown half): a definition or comment block before a setext underline, fences after front-matter-like breaks; run with MAIA_FUZZ_SECONDS to hunt them")]
    public void Generated_documents_have_Markdigs_links() =>
        Document.Sample(
            md => MarkdownOracle.ExtractedLinks(md).SetEquals(MarkdownOracle.Links(md)),
            iter: Iterations,
            time: Seconds,
            print: md => md + "\nMarkdig: " + string.Join(" | ", MarkdownOracle.Links(md)) + "\nmaia-sre: " + string.Join(" | ", MarkdownOracle.ExtractedLinks(md)));

    [Test, Explicit("Open gaps still found by generated documents (issue 21, Markdown half): a definition or comment block before a setext underline, fences after front-matter-like breaks; run with MAIA_FUZZ_SECONDS to hunt them")]
    public void Generated_documents_have_Markdigs_anchors() =>
        Document.Sample(
            md => MarkdownOracle.ExtractedAnchors(md).SetEquals(MarkdownOracle.Anchors(md)),
            iter: Iterations,
            time: Seconds,
            print: md => md + "\nMarkdig: " + string.Join(" | ", MarkdownOracle.Anchors(md)) + "\nmaia-sre: " + string.Join(" | ", MarkdownOracle.ExtractedAnchors(md)));
}
