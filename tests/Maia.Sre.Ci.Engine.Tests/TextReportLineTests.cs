using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Reports;

namespace Maia.Sre.Ci.Engine.Tests;

public class TextReportLineTests
{
    private static IEnumerable<TestCaseData> Lines()
    {
        yield return new TestCaseData(
            new Finding { RuleId = "MSRE1001", RuleName = "phantom-reference", Severity = Severity.Critical, Message = "'tools/x.sh': no such file", File = "docs/a.md", Line = 12, Column = 7 },
            "docs/a.md(12,7): error MSRE1001: 'tools/x.sh': no such file");
        yield return new TestCaseData(
            new Finding { RuleId = "MSRE1001", RuleName = "phantom-reference", Severity = Severity.Warning, Message = "m", File = "docs/a.md", Line = 3, Column = 0 },
            "docs/a.md(3,1): warning MSRE1001: m");
        yield return new TestCaseData(
            new Finding { RuleId = "MSRE2001", RuleName = "x", Severity = Severity.Note, Message = "whole file", File = "ci.yml" },
            "ci.yml: info MSRE2001: whole file");
        yield return new TestCaseData(
            new Finding { RuleId = "MSRE3001", RuleName = "x", Severity = Severity.Error, Message = "no file", File = "" },
            "maia-sre: error MSRE3001: no file");
        yield return new TestCaseData(
            new Finding { RuleId = "MSRE1001", RuleName = "x", Severity = Severity.Warning, Message = "odd name", File = "dir/new\nline\u0085.md", Line = 1_000_000, Column = 123_456 },
            "dir/new\\nline\\u0085.md(1000000,123456): warning MSRE1001: odd name");
    }

    [TestCaseSource(nameof(Lines))]
    public void Each_finding_is_one_canonical_line(Finding finding, string expected) =>
        Assert.That(TextReportWriter.Canonical(finding), Is.EqualTo(expected));

    [Test]
    public void The_report_writes_the_canonical_lines_then_the_summary()
    {
        var findings = Lines().Select(c => (Finding)c.Arguments[0]!).ToList();
        var result = new RunResult
        {
            Tool = LintEngine.Tool,
            Root = "/r",
            RuleSets = [],
            Rules = [],
            Findings = findings,
            Checks = [],
            FailLevel = FailLevel.Error,
        };
        using var output = new StringWriter();
        new TextReportWriter(output, color: false).Write(result);

        var lines = output.ToString().Split(output.NewLine);
        Assert.That(lines.Take(findings.Count), Is.EqualTo(Lines().Select(c => (string)c.Arguments[1]!)));
    }
}
