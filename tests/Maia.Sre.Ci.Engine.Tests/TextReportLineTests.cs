using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Reports;

namespace Maia.Sre.Ci.Engine.Tests;

public class TextReportLineTests
{
    private static IEnumerable<Finding> Findings()
    {
        yield return new Finding { RuleId = "MSRE1001", RuleName = "phantom-reference", Severity = Severity.Critical, Message = "'tools/x.sh': no such file", File = "docs/a.md", Line = 12, Column = 7 };
        yield return new Finding { RuleId = "MSRE1001", RuleName = "phantom-reference", Severity = Severity.Warning, Message = "m", File = "docs/a.md", Line = 3, Column = 0 };
        yield return new Finding { RuleId = "MSRE2001", RuleName = "x", Severity = Severity.Note, Message = "whole file", File = "ci.yml" };
        yield return new Finding { RuleId = "MSRE3001", RuleName = "x", Severity = Severity.Error, Message = "no file", File = "" };
        yield return new Finding { RuleId = "MSRE1001", RuleName = "x", Severity = Severity.Warning, Message = "odd name", File = "dir/new\nline\u0085.md", Line = 1_000_000, Column = 123_456 };
    }

    [TestCaseSource(nameof(Findings))]
    public void The_line_written_piece_by_piece_is_the_canonical_line(Finding finding)
    {
        using var pieces = new StringWriter();
        TextReportWriter.WriteCanonical(pieces, finding);

        Assert.That(pieces.ToString(), Is.EqualTo(TextReportWriter.Canonical(finding) + pieces.NewLine));
    }
}
