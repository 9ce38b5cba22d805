using Maia.Sre.Ci.Anchors;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Engine.Tests;

public sealed class MarkdownAnchorsTests
{
    private static IReadOnlyList<string> Ids(string markdown) => MarkdownAnchors.Collect(new SourceText("doc.md", markdown)).Ids;

    [Test]
    public void Atx_and_setext_headings_share_one_duplicate_counter()
    {
        var ids = Ids("# Intro #\n\nIntro\n=====\n\nIntro\n-----\n\n  ## Intro ##  \n#NotAHeading\n####### seven\n");
        Assert.That(ids, Is.EqualTo(new[] { "intro", "intro-1", "intro-2", "intro-3" }));
    }

    [TestCase(3)]
    [TestCase(40)]
    public void Repeated_html_anchors_count_once_in_short_and_long_documents(int headings)
    {
        // Up to 16 anchors are kept as a list, more also as a set: both must drop repeats and answer Has alike.
        var markdown = string.Concat(Enumerable.Range(0, headings).Select(i => $"## Part {i}\n<a id=\"shared\"></a>\n<a name=\"\"></a>\n"));
        var anchors = MarkdownAnchors.Collect(new SourceText("doc.md", markdown));

        var expected = Enumerable.Range(0, headings).Select(i => $"part-{i}").Prepend("part-0").Distinct().ToList();
        expected.Insert(1, "shared");
        Assert.That(anchors.Ids, Is.EqualTo(expected));
        Assert.That(anchors.Has("shared") && anchors.Has($"part-{headings - 1}"), Is.True);
        Assert.That(anchors.Has("Shared") || anchors.Has("part") || anchors.Has(""), Is.False);
    }

    [TestCase("Para\n- item\n---\n", new string[0])]
    [TestCase("Para\n---\n", new[] { "para" })]
    [TestCase("- item\nText\n===\n", new[] { "text" })]
    [TestCase("Para\n* * *\nNext\n---\n", new[] { "next" })]
    [TestCase("Para\n-\n", new[] { "para" })]
    [TestCase("- <a id=\"in-list\"></a>item\n  - nested\n```\n- in code\n```\n# After\n", new[] { "in-list", "after" })]
    public void Bullet_items_end_paragraphs_and_hold_only_html_anchors(string markdown, string[] expected) =>
        Assert.That(Ids(markdown), Is.EqualTo(expected));

    [Test]
    public void Multi_line_setext_headings_join_their_lines()
    {
        Assert.That(Ids("First line\nsecond line\n===\n"), Is.EqualTo(new[] { "first-linesecond-line" }));
    }

    [Test]
    public void Code_comments_and_front_matter_hold_no_headings()
    {
        var markdown = "---\ntitle: x\n---\n```md\n# fenced\n```\n~~~~\n# tilde\n~~~~\n\n    # indented code\n\n<!-- \n# commented\n-->\n# Real\n";
        Assert.That(Ids(markdown), Is.EqualTo(new[] { "real" }));
    }

    [Test]
    public void Thematic_breaks_and_lists_are_not_setext_underlines()
    {
        Assert.That(Ids("- item\n---\n\n***\n\nText\n\n---\n"), Is.Empty);
    }

    [Test]
    public void Html_anchors_and_headings_count_in_document_order()
    {
        var ids = Ids("<a name=\"old\"></a>\n<h2 id='custom' align=\"center\">Title</h2>\n<span id=bare>x</span>\n`<a id=\"in-code\">`\n> ## Quoted\n");
        Assert.That(ids, Is.EqualTo(new[] { "old", "custom", "title", "bare", "quoted" }));
    }

    [TestCase("L10", 10, 10)]
    [TestCase("L10-L20", 10, 20)]
    [TestCase("L10C5", 10, 10)]
    [TestCase("L10C5-L12C3", 10, 12)]
    public void Line_anchors_parse(string fragment, int first, int last) =>
        Assert.That(LineAnchor.Parse(fragment), Is.EqualTo(new LineAnchor(first, last)));

    [TestCase("l10")]
    [TestCase("L")]
    [TestCase("L10-")]
    [TestCase("L10-20")]
    [TestCase("L10x")]
    [TestCase("usage")]
    public void Other_fragments_are_not_line_anchors(string fragment) => Assert.That(LineAnchor.Parse(fragment), Is.Null);

    [TestCase("L3", false)]
    [TestCase("L1-L3", false)]
    [TestCase("L4", true)]
    [TestCase("L3-L2", true)]
    [TestCase("anything", false)]
    public void Other_files_check_only_line_anchors(string fragment, bool reported) =>
        Assert.That(AnchorCheck.Check(new FileAnchors([], 3, isMarkdown: false), "x.sh", fragment, plainView: false) is not null, Is.EqualTo(reported));

    [TestCase("usage", false, null)]
    [TestCase("user-content-usage", false, null)]
    [TestCase("top", false, null)]
    [TestCase("usag", true, "usage")]
    [TestCase("Usage", true, "usage")]
    [TestCase("Getting Started", true, "getting-started")]
    [TestCase("zzz", true, null)]
    public void Markdown_fragments_are_checked_with_a_suggestion(string fragment, bool reported, string? suggestion)
    {
        var problem = AnchorCheck.Check(new FileAnchors(["usage", "getting-started"], 10, isMarkdown: true), "doc.md", fragment, plainView: false);
        Assert.That((problem is not null, problem?.Suggestion), Is.EqualTo((reported, suggestion)));
    }

    [Test]
    public void An_anchor_is_found_only_whole_whether_kept_as_one_string_or_as_a_set()
    {
        // The handful of anchors kept as one string: a fragment that is part of an anchor, or spans two, is not one.
        string[] ids = ["usage", "usage-1", "setup-usage", "a", "", "x\ny"];
        var few = new FileAnchors(ids[..4], 10, isMarkdown: true);
        var withEmpty = new FileAnchors(ids[..5], 10, isMarkdown: true);
        var withSeparator = new FileAnchors(ids, 10, isMarkdown: true);
        var many = new FileAnchors([.. ids[..4], .. Enumerable.Range(0, 20).Select(i => $"part-{i}")], 10, isMarkdown: true);
        var none = new FileAnchors([], 10, isMarkdown: true);
        Assert.Multiple(() =>
        {
            foreach (var anchors in new[] { few, withEmpty, withSeparator, many })
            {
                Assert.That(ids[..4].All(anchors.Has), Is.True, "every anchor");
                Assert.That(new[] { "usag", "sage", "usage-", "usage-1\nsetup", "setup", "Usage", "b", "x" }.Any(anchors.Has), Is.False, "parts and neighbours");
            }

            Assert.That(few.Ids, Is.EqualTo(ids[..4]));
            Assert.That(withEmpty.Ids, Is.EqualTo(ids[..5]));
            Assert.That(withSeparator.Ids, Is.EqualTo(ids));
            Assert.That((few.Has(""), withEmpty.Has(""), withSeparator.Has("x\ny"), few.Count, withSeparator.Count), Is.EqualTo((false, true, true, 4, 6)));
            Assert.That(many.Has("part-19") && !many.Has("part-20"), Is.True);
            Assert.That((none.Has("a"), none.Has(""), none.Ids.Count, none.Count), Is.EqualTo((false, false, 0, 0)));
        });
    }

    [Test]
    public void The_reader_reads_a_files_anchors_or_computes_them_from_text_at_hand()
    {
        using var repo = new TestSupport.TempRepo();
        repo.Write("doc.md", "# Title\n\n## Usage\n");
        repo.Write("run.sh", "echo 1\necho 2\n");
        var reader = new AnchorReader(repo.Root);
        Assert.Multiple(() =>
        {
            Assert.That(reader.Read("doc.md")?.Ids, Is.EqualTo(new[] { "title", "usage" }));
            Assert.That((reader.Read("run.sh")?.IsMarkdown, reader.Read("run.sh")?.LineCount), Is.EqualTo((false, 2)));
            Assert.That(reader.Read("missing.md"), Is.Null);
            Assert.That(AnchorReader.Of("x.md", new SourceText("x.md", "Intro\n=====\n")).Ids, Is.EqualTo(new[] { "intro" }));
        });
    }
}
