using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Reports.GitHub;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>Workflow-command escaping as GitHub documents it, annotation limits and order, and the step summary.</summary>
public sealed class GitHubReportTests
{
    [TestCase("100% done", "100%25 done")]
    [TestCase("line1\nline2\r\n", "line1%0Aline2%0D%0A")]
    [TestCase("a: b, c", "a: b, c")]
    [TestCase("%0A literal", "%250A literal")]
    public void Messages_escape_percent_cr_and_lf_only(string message, string expected) =>
        Assert.That(WorkflowCommand.EscapeData(message), Is.EqualTo(expected));

    [TestCase("docs/a,b:c.md", "docs/a%2Cb%3Ac.md")]
    [TestCase("50%\r\n", "50%25%0D%0A")]
    public void Property_values_also_escape_colon_and_comma(string value, string expected) =>
        Assert.That(WorkflowCommand.EscapeProperty(value), Is.EqualTo(expected));

    [Test]
    public void An_annotation_carries_file_position_title_and_the_escaped_message()
    {
        var finding = Make(Severity.Critical, "dir,x/a:b.md", 3) with { Message = "'x': 100% gone\nreally" };
        Assert.That(GitHubAnnotations.Annotation(finding, FailLevel.Critical), Is.EqualTo(
            "::error file=dir%2Cx/a%3Ab.md,line=3,endLine=3,col=5,endColumn=9,title=MSRE1001 phantom-reference (critical)::'x': 100%25 gone%0Areally"));
        Assert.That(GitHubAnnotations.Annotation(Make(Severity.Note, "a.md", 1), FailLevel.Critical), Does.StartWith("::notice "));
    }

    /// <summary>An annotation says what the run's verdict says: an error exactly when the finding fails the run.</summary>
    [TestCase(Severity.Error, FailLevel.Critical, "::warning ")]
    [TestCase(Severity.Critical, FailLevel.Never, "::warning ")]
    [TestCase(Severity.Warning, FailLevel.Warning, "::error ")]
    [TestCase(Severity.Warning, FailLevel.Critical, "::warning ")]
    [TestCase(Severity.Note, FailLevel.Warning, "::notice ")]
    public void The_annotation_kind_follows_the_fail_level(Severity severity, FailLevel level, string kind) =>
        Assert.That(GitHubAnnotations.Annotation(Make(severity, "a.md", 1), level), Does.StartWith(kind));

    [Test]
    public void At_most_ten_of_each_kind_most_severe_first_then_a_count_of_the_rest()
    {
        var findings = Enumerable.Range(1, 12).Select(i => Make(Severity.Warning, "w.md", i))
            .Concat(Enumerable.Range(1, 13).Select(i => Make(Severity.Critical, "c.md", i))).ToList();
        var output = new StringWriter();
        var written = GitHubAnnotations.Write(Result(findings), output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(written, Is.EqualTo(20));
        Assert.That(lines.Take(10), Has.All.StartWith("::error "));
        Assert.That(lines.Skip(10).Take(10), Has.All.StartWith("::warning "));
        Assert.That(lines[^1], Does.StartWith("maia-sre: 5 more findings not annotated"));
    }

    [Test]
    public void The_step_summary_links_findings_to_the_commit_and_draws_the_graph()
    {
        var figures = new PhantomFigures { Phantoms = 1, HealthScore = 80, Edges = [new DependencyEdge("README.md", "tools/x.sh", false, true)] };
        var result = Result([Make(Severity.Critical, "docs/my setup.md", 7)], figures);
        var markdown = StepSummaryWriter.Write(result, new SourceLinks(null, "octo/repo", "abc123"));
        Assert.That(markdown, Does.Contain("[docs/my setup.md:7](https://github.com/octo/repo/blob/abc123/docs/my%20setup.md#L7)"));
        Assert.That(markdown, Does.Contain("**Health score: 80.0/100**").And.Contain("```mermaid\nflowchart LR"));
        Assert.That(StepSummaryWriter.Write(result, new SourceLinks(null, null, null)), Does.Contain("`docs/my setup.md:7`"));
        Assert.That(markdown, Does.Contain("| [MSRE1001](https://github.com/maia-sre/Maia.Sre.Ci/blob/main/docs/rules/MSRE1001.md) |"), "the rule links to its page");
    }

    [Test]
    public void The_step_summary_stays_under_one_mebibyte_with_many_long_findings()
    {
        var findings = Enumerable.Range(1, 20_000).Select(i => Make(Severity.Warning, $"docs/{i}.md", i) with { Message = new string('m', 5000) }).ToList();
        var markdown = StepSummaryWriter.Write(Result(findings), new SourceLinks(null, "o/r", "s"));
        Assert.That(System.Text.Encoding.UTF8.GetByteCount(markdown), Is.LessThan(StepSummaryWriter.MaxBytes));
        Assert.That(markdown, Does.Contain("19950 more"));
    }

    [Test]
    public void Table_cells_escape_pipes_and_line_breaks() =>
        Assert.That(StepSummaryWriter.Cell("a|b\nc<d"), Is.EqualTo("a\\|b c&lt;d"));

    internal static Finding Make(Severity severity, string file, int line) => new()
    {
        RuleId = "MSRE1001",
        RuleName = "phantom-reference",
        Severity = severity,
        Message = $"'x' at {line}",
        File = file,
        Line = line,
        Column = 5,
        EndColumn = 9,
        Reference = $"x{line}",
    };

    internal static RunResult Result(IReadOnlyList<Finding> findings, PhantomFigures? figures = null, FailLevel level = FailLevel.Critical) => new()
    {
        Tool = LintEngine.Tool,
        Root = "/repo",
        RuleSets = ["phantoms"],
        Rules = Rules.RuleCatalog.All,
        Findings = LintEngine.Sort(findings),
        Checks = findings.Select(f => f.File).Distinct().Select(f => new Check("phantoms", "MSRE1001", f)).ToList(),
        Phantoms = figures,
        FailLevel = level,
    };
}
