namespace Maia.Sre.Ci.MSBuild.Tests;

/// <summary>The parser for the CLI's canonical lines.</summary>
public sealed class CanonicalLineTests
{
    [Test]
    public void A_finding_with_a_position_keeps_file_line_column_category_code_and_message()
    {
        var line = CanonicalLine.TryParse(".github/workflows/ci.yml(13,19): error MSRE1001: 'tools/x.py': no such file (critical: it is run from a CI workflow)")!;
        Assert.That((line.File, line.Line, line.Column, line.Category, line.Code), Is.EqualTo((".github/workflows/ci.yml", 13, 19, "error", "MSRE1001")));
        Assert.That(line.Message, Is.EqualTo("'tools/x.py': no such file (critical: it is run from a CI workflow)"));
    }

    [Test]
    public void A_finding_on_a_whole_file_has_no_position() =>
        Assert.That(CanonicalLine.TryParse("docs/a.md: warning MSRE1005: could not read: a: b")!, Has.Property("Line").EqualTo(0).And.Property("File").EqualTo("docs/a.md").And.Property("Message").EqualTo("could not read: a: b"));

    [Test]
    public void A_repository_wide_finding_has_no_file_and_keeps_the_maia_sre_origin()
    {
        var line = CanonicalLine.TryParse("maia-sre: warning MSRE2003: the working tree has 1 changed file: {x}.py")!;
        Assert.That((line.File, line.Category, line.FullPath("/r")), Is.EqualTo(((string?)null, "warning", "maia-sre")));
    }

    [TestCase("FAIL: 6 critical, 4 warning (fails on critical; 6 failing)")]
    [TestCase("maia-sre: 10 phantoms (6 critical), 1 note in 15 files; health 20.0/100; FAIL")]
    [TestCase("  phantoms: 10 (6 critical), single points of failure: 0")]
    [TestCase("maia-sre: error: PATH 'x' is outside the repository root")]
    public void Summary_and_plain_error_lines_are_not_findings(string text) =>
        Assert.That(CanonicalLine.TryParse(text), Is.Null);

    [Test]
    public void Relative_files_become_full_paths_under_the_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "repo");
        Assert.That(CanonicalLine.TryParse("a/b.md(1,2): warning MSRE1001: m")!.FullPath(root), Is.EqualTo(Path.Combine(root, "a", "b.md")));
    }
}
