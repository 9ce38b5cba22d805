using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Resolution;
using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Engine.Tests;

public sealed class SmallPartsTests
{
    [TestCase(83, 199, 5, 29.1)]
    [TestCase(0, 10, 0, 100.0)]
    [TestCase(0, 0, 0, 100.0)]
    [TestCase(10, 10, 20, 0.0)]
    [TestCase(1, 4, 1, 77.5)]
    public void Health_score_follows_the_original_formula(int phantoms, int total, int critical, double expected) =>
        Assert.That(PhantomFigures.Score(phantoms, total, critical), Is.EqualTo(expected));

    [TestCase("tool_name.*", "tool_name.py", true)]
    [TestCase("your_*", "your_tool.sh", true)]
    [TestCase("*<*>*", "claude/<x>.py", true)]
    [TestCase("legacy/*.py", "legacy/a/b.py", true)]
    [TestCase("a?c", "abc", true)]
    [TestCase("a?c", "abbc", false)]
    [TestCase("*.sh", "x.py", false)]
    public void Wildcards_match(string pattern, string text, bool expected) =>
        Assert.That(new WildcardPattern(pattern).IsMatch(text), Is.EqualTo(expected));

    [TestCase("*xxx.*", "docs/XXX.md", true)]
    [TestCase("*xxx.*", "docs/xx.x.md", false)]
    [TestCase("*.example.*", "config.EXAMPLE.yml", true)]
    [TestCase("*k.sh", "\u212A.sh", true)]
    [TestCase("*kk*", "a\u212Ak.sh", true)]
    public void Wildcards_match_literal_runs_in_any_case(string pattern, string text, bool expected) =>
        Assert.That(new WildcardPattern(pattern).IsMatch(text), Is.EqualTo(expected));

    [Test]
    public void Wildcards_agree_with_a_regular_expression_on_generated_cases()
    {
        // The matcher skips texts that lack a pattern's longest literal run; the reference has no such shortcut.
        var random = new Random(8);
        const string alphabet = "aAkK.\u212A/x";
        const string wildcards = alphabet + "**?";
        for (var i = 0; i < 20_000; i++)
        {
            var pattern = new string(Enumerable.Range(0, random.Next(1, 8)).Select(_ => wildcards[random.Next(wildcards.Length)]).ToArray());
            var text = new string(Enumerable.Range(0, random.Next(0, 10)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var regex = "^" + string.Concat(pattern.ToLowerInvariant().Select(c => c switch { '*' => ".*", '?' => ".", _ => System.Text.RegularExpressions.Regex.Escape(c.ToString()) })) + "$";
            var expected = System.Text.RegularExpressions.Regex.IsMatch(text.ToLowerInvariant(), regex, System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.That(new WildcardPattern(pattern).IsMatch(text), Is.EqualTo(expected), $"pattern '{pattern}', text '{text}'");
        }
    }

    [Test]
    public void Wildcards_do_not_blow_up_on_hostile_patterns()
    {
        var pattern = new WildcardPattern(string.Concat(Enumerable.Repeat("*a", 200)) + "b");
        Assert.That(pattern.IsMatch(new string('a', 5000)), Is.False);
    }

    [TestCase("kitten", "sitting", 3)]
    [TestCase("", "abc", 3)]
    [TestCase("same", "same", 0)]
    public void Edit_distance(string a, string b, int expected) => Assert.That(EditDistance.Compute(a, b), Is.EqualTo(expected));

    [Test]
    public void Suppression_directives_cover_lines_ranges_and_rules()
    {
        var text = new SourceText("f.md", string.Join('\n',
            "a <!-- maia-sre-disable-line phantom-reference -->",
            "<!-- maia-sre-disable-next-line MSRE1001 -->",
            "c",
            "<!-- maia-sre-disable -->",
            "e",
            "<!-- maia-sre-enable -->",
            "g # maia-sre: ignore[other-rule]",
            "h # maia-sre: ignore"));
        var map = SuppressionMap.Read(text);
        bool S(int line) => map.IsSuppressed(line, "MSRE1001", "phantom-reference");
        Assert.That(new[] { S(1), S(2), S(3), S(4), S(5), S(7), S(8) }, Is.EqualTo(new[] { true, false, true, true, true, false, true }));
    }

    [TestCase("`x.py` was removed in 2.0", "removed")]
    [TestCase("x.py: not yet implemented", "not yet implemented")]
    [TestCase("renamed to y.py", "renamed")]
    [TestCase("run x.py", null)]
    [TestCase("the removal of x.py", null)]
    [TestCase("the legacy importer: `tools/import.sh`", "legacy")]
    [TestCase("[Guide](docs/legacy/guide.md)", null)]
    [TestCase("bash tools/old-deprecated.sh", null)]
    [TestCase("see removed_files.txt", null)]
    [TestCase("Run x.py. It was removed.", "removed")]
    public void Retired_context_words(string line, string? expected) => Assert.That(RetiredContext.Find(line), Is.EqualTo(expected));

    [TestCase("Legacy importer", null)]
    [TestCase("Removed scripts", "removed")]
    [TestCase("Legacy (deprecated) tools", "deprecated")]
    public void Retired_context_words_in_headings(string heading, string? expected) =>
        Assert.That(RetiredContext.FindInHeading(heading), Is.EqualTo(expected));

    [TestCase("docs/SECURITY_REPORT.md", true)]
    [TestCase("PHASE_2_COMPLETE.md", true)]
    [TestCase("docs/MigrationPlan.md", true)]
    [TestCase("ROADMAP.md", true)]
    [TestCase("docs/2024-05-01-notes.md", true)]
    [TestCase("examples/report.md", false)]
    [TestCase("docs/status.md", false)]
    [TestCase("docs/explanation.md", false)]
    [TestCase("docs/planet.md", false)]
    [TestCase("tools/reporter.md", false)]
    public void Documents_of_their_time(string path, bool expected) =>
        Assert.That(SourceTraitsOf.Of(path).HasFlag(SourceTraits.History), Is.EqualTo(expected));

    [TestCase("docs/source/tutorial.rst", true)]
    [TestCase("docs/tutorial/first-steps.md", true)]
    [TestCase("docs/Tutorials/index.md", true)]
    [TestCase("docs/TutorialIntro.md", true)]
    [TestCase("docs/tutorialspoint-notes.md", false)]
    [TestCase("docs/usage.md", false)]
    [TestCase("docs/_docs/step-by-step/08-blogging.md", true)]
    public void Tutorials(string path, bool expected) =>
        Assert.That(SourceTraitsOf.Of(path).HasFlag(SourceTraits.Tutorial), Is.EqualTo(expected));

    [TestCase("templates/README.md", true)]
    [TestCase(".github/ISSUE_TEMPLATE/bug.md", true)]
    [TestCase("docs/page-template.md", true)]
    [TestCase(".github/PULL_REQUEST_TEMPLATE.md", false)]
    [TestCase(".github/PULL_REQUEST_TEMPLATE/feature.md", false)]
    public void Templates(string path, bool expected) =>
        Assert.That(SourceTraitsOf.Of(path).HasFlag(SourceTraits.Template), Is.EqualTo(expected));

    [Test]
    public void Lines_split_on_lf_crlf_and_lone_cr() =>
        Assert.That(new SourceText("f", "a\r\nb\rc\nd").Lines, Is.EqualTo(new[] { "a", "b", "c", "d" }));
}
