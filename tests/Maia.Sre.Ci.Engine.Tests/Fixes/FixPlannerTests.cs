using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Fixes;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Engine.Tests.Fixes;

/// <summary>Which phantoms get a fix, how sure it is, and that it covers only the reference's own characters.</summary>
public sealed class FixPlannerTests
{
    private static readonly Inventory Files = new(["docs/my guide.md", "scripts/release/deploy.sh", "infra/setup.sh", "ops/setup.sh", "Tools/Deploy.sh"]);

    private static Fix? Plan(string line, string text, ReferenceKind kind, string target, SuggestedPath suggestion, Severity severity = Severity.Warning)
    {
        var start = line.IndexOf(text, StringComparison.Ordinal);
        var length = text.Length;
        if (kind == ReferenceKind.Link)
        {
            // As the Markdown extractor reports a link: the whole destination, the path decoded.
            var open = line.IndexOf("](", StringComparison.Ordinal) + 2;
            start = line[open] == '<' ? open + 1 : open;
            length = line.IndexOf(line[open] == '<' ? '>' : ')', start) - start;
        }

        var reference = new RawReference(text, 1, start + 1, length, kind);
        return FixPlanner.Plan("README.md", line, reference, target, suggestion, severity, null, Files);
    }

    [Test]
    public void Safety_follows_how_the_suggestion_was_found()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FixPlanner.Safety(new("a", SuggestionBasis.Renamed, true), Severity.Warning), Is.EqualTo(FixSafety.Safe));
            Assert.That(FixPlanner.Safety(new("a", SuggestionBasis.CaseOnly, true), Severity.Critical), Is.EqualTo(FixSafety.Safe));
            Assert.That(FixPlanner.Safety(new("a", SuggestionBasis.SameName, true), Severity.Warning), Is.EqualTo(FixSafety.Unsafe));
            Assert.That(FixPlanner.Safety(new("a", SuggestionBasis.Reordered, true), Severity.Warning), Is.EqualTo(FixSafety.Unsafe));
            Assert.That(FixPlanner.Safety(new("a", SuggestionBasis.SameName, false), Severity.Warning), Is.Null, "ambiguous: never");
            Assert.That(FixPlanner.Safety(new("a", SuggestionBasis.Typo, false), Severity.Warning), Is.Null, "a guess by edit distance: never");
            Assert.That(FixPlanner.Safety(new("a", SuggestionBasis.Renamed, true), Severity.Note), Is.Null, "notes are uncertain by design");
        });
    }

    [Test]
    public void A_link_keeps_its_fragment_query_and_angle_brackets()
    {
        var fix = Plan("See [deploy](scripts/deploy.sh?plain=1#usage).", "scripts/deploy.sh", ReferenceKind.Link, "scripts/deploy.sh", new("scripts/release/deploy.sh", SuggestionBasis.Renamed, true))!;
        var angled = Plan("See [deploy](<scripts/deploy.sh>).", "scripts/deploy.sh", ReferenceKind.Link, "scripts/deploy.sh", new("docs/my guide.md", SuggestionBasis.Renamed, true))!;
        Assert.Multiple(() =>
        {
            Assert.That(fix.Edits.Single(), Is.EqualTo(new TextEdit("README.md", 1, 14, 31, "scripts/deploy.sh", "scripts/release/deploy.sh")));
            Assert.That(fix.Safety, Is.EqualTo(FixSafety.Safe));
            Assert.That(angled.Edits.Single().NewText, Is.EqualTo("docs/my guide.md"), "spaces are fine inside <…>");
        });
    }

    [Test]
    public void An_encoded_link_stays_encoded_and_a_new_space_is_encoded()
    {
        var encoded = Plan("[g](docs/old%20guide.md#top)", "docs/old guide.md", ReferenceKind.Link, "docs/old guide.md", new("docs/my guide.md", SuggestionBasis.Renamed, true))!;
        var plain = Plan("[g](docs/guide.md)", "docs/guide.md", ReferenceKind.Link, "docs/guide.md", new("docs/my guide.md", SuggestionBasis.Renamed, true))!;
        Assert.Multiple(() =>
        {
            Assert.That((encoded.Edits[0].OldText, encoded.Edits[0].NewText), Is.EqualTo(("docs/old%20guide.md", "docs/my%20guide.md")));
            Assert.That(plain.Edits[0].NewText, Is.EqualTo("docs/my%20guide.md"));
        });
    }

    [Test]
    public void Quotes_and_the_rest_of_the_line_are_not_part_of_the_edit()
    {
        var fix = Plan("bash \"scripts/deploy.sh\" --dry-run", "scripts/deploy.sh", ReferenceKind.Tool, "scripts/deploy.sh", new("scripts/release/deploy.sh", SuggestionBasis.SameName, true))!;
        Assert.Multiple(() =>
        {
            Assert.That(fix.Edits.Single(), Is.EqualTo(new TextEdit("README.md", 1, 7, 24, "scripts/deploy.sh", "scripts/release/deploy.sh")));
            Assert.That(fix.Safety, Is.EqualTo(FixSafety.Unsafe));
            Assert.That(fix.Description, Is.EqualTo("Replace 'scripts/deploy.sh' with 'scripts/release/deploy.sh' (the only 'deploy.sh' in the repository)"));
        });
    }

    [Test]
    public void No_fix_when_the_line_no_longer_holds_the_reference_or_the_path_does_not_exist()
    {
        var reference = new RawReference("scripts/deploy.sh", 1, 6, 17, ReferenceKind.Tool);
        var renamed = new SuggestedPath("scripts/release/deploy.sh", SuggestionBasis.Renamed, true);
        Assert.Multiple(() =>
        {
            Assert.That(FixPlanner.Plan("a.md", "Run `scripts/other.sh`", reference, "scripts/deploy.sh", renamed, Severity.Warning, null, Files), Is.Null);
            Assert.That(FixPlanner.Plan("a.md", "Run `scripts/deploy.sh`", reference, "scripts/deploy.sh", renamed with { Path = "gone.sh" }, Severity.Warning, null, Files), Is.Null);
        });
    }

    [Test]
    public void Letter_case_is_safe_for_a_path_and_unsafe_for_a_bare_name_found_elsewhere()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FixPlanner.CaseSuggestion("tools/deploy.sh", "Tools/Deploy.sh", Files), Is.EqualTo(new SuggestedPath("Tools/Deploy.sh", SuggestionBasis.CaseOnly, true)));
            Assert.That(FixPlanner.CaseSuggestion("deploy.sh", "Tools/Deploy.sh", Files), Is.EqualTo(new SuggestedPath("Tools/Deploy.sh", SuggestionBasis.SameName, false)), "deploy.sh is also in scripts/release");
            Assert.That(FixPlanner.CaseSuggestion("setup.SH", "infra/setup.sh", Files).Unique, Is.False);
        });
    }
}
