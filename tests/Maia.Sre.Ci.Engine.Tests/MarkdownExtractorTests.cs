using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Engine.Tests;

public sealed class MarkdownExtractorTests
{
    private static List<RawReference> Extract(string markdown)
    {
        var output = new ExtractionOutput();
        MarkdownExtractor.Instance.Extract(new SourceText("doc.md", markdown), new ExtensionSet(PhantomDefaults.Extensions), output);
        return output.References;
    }

    [Test]
    public void Links_images_and_definitions_are_links_with_positions()
    {
        var refs = Extract("See [a](docs/a.md) and ![b](img/b.png).\n\n[c]: docs/c.md\n");
        Assert.That(refs.Select(r => (r.Text, r.Line, r.Column, r.Kind)), Is.EqualTo(new[]
        {
            ("docs/a.md", 1, 9, ReferenceKind.Link),
            ("img/b.png", 1, 29, ReferenceKind.Link),
            ("docs/c.md", 3, 6, ReferenceKind.Link),
        }));
    }

    [TestCase("[c]: docs/c.md", "docs/c.md", 6)]
    [TestCase("   [c]:docs/c.md \"Title\"", "docs/c.md", 8)]
    [TestCase("[c]:\t <docs/c.md>", "docs/c.md", 8)]
    [TestCase("[c] [d]: docs/c.md", null, 0)]
    [TestCase("    [c]: docs/c.md", null, 0)]
    [TestCase("`[c]: x.md` and [e](docs/e.md)", "docs/e.md", 21)]
    public void Reference_definitions_start_their_line(string line, string? target, int column)
    {
        var links = Extract(line).Where(r => r.Kind == ReferenceKind.Link).Select(r => (r.Text, r.Column)).ToList();
        Assert.That(links, Is.EqualTo(target is null ? [] : new[] { (target, column) }));
    }

    [Test]
    public void Fragments_and_queries_are_split_and_escapes_decoded()
    {
        var r = Extract("[x](my%20doc.md?plain=1#Usage)").Single();
        Assert.That((r.Text, r.Fragment, r.PlainView), Is.EqualTo(("my doc.md", "Usage", true)));
        Assert.That(Extract("[x](doc.md#L3)").Single().PlainView, Is.False);
    }

    [TestCase("[x](#local-anchor)", 5)]
    [TestCase("<a href=\"#local-anchor\">x</a>", 10)]
    [TestCase("[ref]: #local-anchor", 8)]
    public void Same_file_anchors_are_anchor_references(string line, int column)
    {
        var r = Extract(line).Single();
        Assert.That((r.Text, r.Kind, r.Fragment, r.Column), Is.EqualTo(("#local-anchor", ReferenceKind.Anchor, "local-anchor", column)));
    }

    [TestCase("[x](https://example.com/a.md)")]
    [TestCase("[x](mailto:me@example.com)")]
    [TestCase("[x](#)")]
    [TestCase("[x](//cdn.example.com/a.js)")]
    [TestCase("<!-- [x](hidden.md) tools/hidden.sh -->")]
    [TestCase("`[x](in-code.md)`")]
    public void External_targets_comments_and_code_spans_are_not_links(string line) =>
        Assert.That(Extract(line), Is.Empty);

    [Test]
    public void Tool_tokens_in_prose_inline_code_and_fences_are_found()
    {
        var refs = Extract("Run `tools/a.py`.\n```bash\n./scripts/b.sh\n```\n- **Do**: c.sh\n");
        Assert.That(refs.Select(r => (r.Text, r.Line)), Is.EqualTo(new[] { ("tools/a.py", 1), ("./scripts/b.sh", 3), ("c.sh", 5) }));
    }

    [Test]
    public void Link_text_naming_the_target_counts_once()
    {
        Assert.That(Extract("[`tools/x.sh`](tools/x.sh)").Select(r => r.Kind), Is.EqualTo(new[] { ReferenceKind.Link }));
    }

    [Test]
    public void Url_tails_are_not_tokens() =>
        Assert.That(Extract("get https://example.com/install.sh or example.com/x/y.py?"), Has.None.Matches<RawReference>(r => r.Text.EndsWith("install.sh", StringComparison.Ordinal)));

    [Test]
    public void Multi_line_comments_are_skipped()
    {
        Assert.That(Extract("<!--\ntools/a.sh\n-->\ntools/b.sh").Select(r => r.Text), Is.EqualTo(new[] { "tools/b.sh" }));
    }
}
