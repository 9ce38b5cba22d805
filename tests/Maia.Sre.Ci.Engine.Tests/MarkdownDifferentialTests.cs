using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// The Markdown extractor and anchor collector against Markdig (CommonMark with GitHub's extensions, see
/// <see cref="MarkdownOracle"/>): on hand-written cases for each construct issue 21 names, each with the answer GitHub
/// gives, and on every Markdown file under the folder named by MAIA_MARKDOWN_CORPUS (the ecosystem-check checkouts).
/// The local link destinations (line and text) and the anchors must be Markdig's, apart from the documented
/// differences, each tested below. Generated documents are in <see cref="MarkdownGeneratedTests"/>.
/// </summary>
public sealed class MarkdownDifferentialTests
{
    /// <summary>(name, Markdown, the links GitHub sees, the anchors GitHub gives).</summary>
    public static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("trailing-slash folder link", "[x](nodir/)", ["1: nodir/"], []);
        yield return Case("headings in list items and quotes", "- ## List Heading\n\n1. ## Ordered Heading\n\n> ## Quoted\n\n> - ### Quoted item\n", [], ["list-heading", "ordered-heading", "quoted", "quoted-item"]);
        yield return Case("definition with the destination on the next line", "[id]:\n  next.md\n\n[t]:\n<angle next.md>\n", ["2: next.md", "5: angle next.md"], []);
        yield return Case("links in double-backtick code spans", "a ``[x](code.md)`` b\n\n`` a ` [y](code2.md) ``\n", [], []);
        yield return Case("links in indented code", "para\n\n    [x](indented.md)\n\n- item\n\n        [y](indented-in-list.md)\n", [], []);
        yield return Case("links in HTML comments", "<!-- [x](comment.md) -->\n\n<!--\n[y](comment2.md)\n-->\n\ntext <!-- [z](inline-comment.md) --> [w](after.md)\n", ["7: after.md"], []);
        yield return Case("links after an escaped bracket", "\\[x](escaped.md) and [y\\](escaped2.md) and \\\\[z](real.md)\n", ["1: real.md"], []);
        yield return Case("footnote definitions", "Note[^a].\n\n[^a]: footnote word.md\n\n[^b]:\n    more.md\n", [], []);
        yield return Case("angle brackets, percent-encoding and titles", "[a](<docs/my file.md>) [b](<x.md> \"t\") [c](docs/my%20doc.md) [d](d.md \"Title\") [e](e.md 'T') [f](f.md (T))\n", ["1: d.md", "1: docs/my file.md", "1: docs/my%20doc.md", "1: e.md", "1: f.md", "1: x.md"], []);
        yield return Case("setext headings, inline code and emphasis, duplicates", "Setext One\n==========\n\nSetext\nTwo\n---\n\n## `code` and *emph* and __strong__ and _under_\n\n## Dup\n## Dup\n## Dup\n", [], ["code-and-emph-and-strong-and-under", "dup", "dup-1", "dup-2", "setext-one", "setexttwo"]);
        yield return Case("HTML blocks", "<div>\n[x](html-block.md)\n<img src=\"img.png\">\n</div>\n\n[y](after.md)\n\n<details>\n<summary>s</summary>\n\n[z](inside-details.md)\n</details>\n", ["11: inside-details.md", "3: img.png", "6: after.md"], []);
        yield return Case("headings in HTML blocks are text", "<context>\n# Overview\n</context>\n\n# Real\n", [], ["real"]);
        yield return Case("nested brackets", "[a [nested] b](nested.md) [![img](i.png)](wrapped.md) [x]](notlink.md)\n", ["1: i.png", "1: nested.md", "1: wrapped.md"], []);
        yield return Case("autolinks", "<auto.md> <https://e.com/x.md> <./rel.md> www.example.com/x.md https://e.com\n", [], []);
        yield return Case("what is not a link", "[a\nb](multiline.md)\n\n[c](bad dest.md)\n\n[d](unclosed.md\n\n[e] (spaced.md)\n", ["2: multiline.md"], []);
        yield return Case("fences in block quotes", "> ```markdown\n> # Not a heading\n> ```\n\n# Heading\n", [], ["heading"]);
        yield return Case("a break after a blank line", "\n---\ndescription: x\n---\n", [], ["description-x"]);
        yield return Case("text in angle brackets in a heading", "### 1. <New, fixed, or changed>\n", [], ["1-new-fixed-or-changed"]);
        yield return Case("shortcodes and indented HTML hold no ids", "{{< youtube id=\"abc\" >}}\n\n    <input name='foo'/>\n\n<a id=\"real\"></a>\n", [], ["real"]);
    }

    [TestCaseSource(nameof(Cases))]
    public void Links_and_anchors_are_what_GitHub_and_Markdig_see(string markdown, string[] links, string[] anchors)
    {
        Assert.Multiple(() =>
        {
            Assert.That(MarkdownOracle.Links(markdown), Is.EqualTo(links), "Markdig's links");
            Assert.That(MarkdownOracle.ExtractedLinks(markdown), Is.EqualTo(links), "maia-sre's links");
            Assert.That(MarkdownOracle.Anchors(markdown), Is.EqualTo(anchors), "Markdig's anchors");
            Assert.That(MarkdownOracle.ExtractedAnchors(markdown), Is.EqualTo(anchors), "maia-sre's anchors");
        });
    }

    /// <summary>Every Markdown file under MAIA_MARKDOWN_CORPUS (skipped when it is not set).</summary>
    public static IEnumerable<TestCaseData> CorpusFiles()
    {
        if (Environment.GetEnvironmentVariable("MAIA_MARKDOWN_CORPUS") is not { Length: > 0 } root || !Directory.Exists(root))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("/node_modules/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return new TestCaseData(file).SetArgDisplayNames(Path.GetRelativePath(root, file));
        }
    }

    [TestCaseSource(nameof(CorpusFiles))]
    public void A_real_file_has_Markdigs_links_and_anchors(string file)
    {
        var markdown = File.ReadAllText(file);
        Assert.Multiple(() =>
        {
            Assert.That(MarkdownOracle.ExtractedLinks(markdown), Is.EqualTo(MarkdownOracle.Links(markdown)), "links");
            Assert.That(MarkdownOracle.ExtractedAnchors(markdown), Is.EqualTo(MarkdownOracle.Anchors(markdown)), "anchors");
        });
    }

    // The documented differences: each is what GitHub does (or a deliberate leniency), and the oracle maps Markdig to it.
    [Test]
    public void Documented_a_heading_without_letters_has_GitHubs_empty_id_where_Markdig_says_section()
    {
        const string markdown = "# $\n\n#\n\n## %\n";
        Assert.Multiple(() =>
        {
            Assert.That(RawMarkdigIds(markdown), Is.EqualTo(new[] { "section", "section-1", "section-2" }));
            Assert.That(MarkdownOracle.Anchors(markdown), Is.EqualTo(new[] { "-1", "-2" }));
            Assert.That(MarkdownOracle.ExtractedAnchors(markdown), Is.EqualTo(new[] { "-1", "-2" }));
        });
    }

    [Test]
    public void Documented_an_attribute_list_gives_its_id_and_the_id_of_the_text_before_it_besides_GitHubs()
    {
        const string markdown = "## Usage { #use }\n\n### `backend` {: #format_backend }\n";
        Assert.Multiple(() =>
        {
            Assert.That(RawMarkdigIds(markdown), Is.EqualTo(new[] { "usage--use-", "backend--format_backend-" }));
            Assert.That(MarkdownOracle.ExtractedAnchors(markdown), Is.EqualTo(new[] { "backend", "backend--format_backend-", "format_backend", "usage", "usage--use-", "use" }));
            Assert.That(MarkdownOracle.Anchors(markdown), Is.EqualTo(MarkdownOracle.ExtractedAnchors(markdown)));
        });
    }

    [Test]
    public void Documented_a_one_line_HTML_heading_gives_the_id_of_its_text_outside_GitHubs_count()
    {
        const string markdown = "<h2 align=\"center\">Usage</h2>\n\n## Usage\n";
        Assert.Multiple(() =>
        {
            Assert.That(RawMarkdigIds(markdown), Is.EqualTo(new[] { "usage" }));
            Assert.That(MarkdownOracle.ExtractedAnchors(markdown), Is.EqualTo(new[] { "usage" }), "the Markdown heading is still 'usage', not 'usage-1'");
        });
    }

    [Test]
    public void Documented_ids_are_compared_without_case_and_combining_marks()
    {
        Assert.That(MarkdownOracle.Normalize("İçin-Ä"), Is.EqualTo(MarkdownOracle.Normalize("i\u0307çin-ä")));
    }

    private static string[] RawMarkdigIds(string markdown) =>
        Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAutoIdentifiers(AutoIdentifierOptions.GitHub).Build())
            .Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id ?? "").ToArray();

    private static TestCaseData Case(string name, string markdown, string[] links, string[] anchors) =>
        new TestCaseData(markdown, links, anchors).SetArgDisplayNames(name);
}
