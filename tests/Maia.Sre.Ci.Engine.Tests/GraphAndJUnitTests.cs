using System.Xml.Linq;
using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Baselines;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Reports;
using Maia.Sre.Ci.Reports.Graph;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>Graph drawing and summarising, JUnit counts and names, and baseline matching with repeats.</summary>
public sealed class GraphAndJUnitTests
{
    private static readonly PhantomFigures Figures = new()
    {
        SinglePointsOfFailure = [new SinglePointOfFailure("tools/run.sh", 3, true)],
        Edges =
        [
            new("a.md", "tools/run.sh", true, false),
            new("b.md", "tools/run.sh", true, false),
            new("docs/c.md", "tools/run.sh", true, false),
            new("docs/c.md", "tools/gone \"quoted\".sh", false, true),
            new("docs/d.md", "tools/other.sh", true, false),
        ],
    };

    [Test]
    public void Mermaid_marks_missing_tools_and_single_points_of_failure()
    {
        var text = MermaidGraphWriter.Write(DependencyGraph.Build(Figures));
        Assert.That(text, Does.StartWith("flowchart LR\n"));
        Assert.That(text, Does.Contain("t0[\"tools/gone #quot;quoted#quot;.sh (MISSING, critical)\"]"));
        Assert.That(text, Does.Contain("s2 -.-> t0").And.Contain("class t0 critical").And.Contain("class t2 spof"));
    }

    [Test]
    public void Dot_escapes_quotes_and_styles_missing_edges()
    {
        var text = DotGraphWriter.Write(DependencyGraph.Build(Figures));
        Assert.That(text, Does.StartWith("digraph dependencies {").And.Contain("label=\"tools/gone \\\"quoted\\\".sh (MISSING, critical)\""));
        Assert.That(text, Does.Contain("s2 -> t0 [style=dashed, color=\"#cc0000\"];"));
    }

    [Test]
    public void Large_graphs_keep_missing_tools_first_group_sources_and_say_what_was_left_out()
    {
        var graph = DependencyGraph.Build(Figures, maxTools: 1, maxSources: 2);
        Assert.That(graph.Nodes.Where(n => n.Kind == GraphNodeKind.Tool).Select(n => n.Label), Is.EqualTo(new[] { "tools/gone \"quoted\".sh" }));
        Assert.That(graph.Omitted, Is.EqualTo("2 of 3 tools not shown (the 1 shown: missing first, then single points of failure, then the most referenced)"));
        var grouped = DependencyGraph.Build(Figures, maxTools: 10, maxSources: 2);
        Assert.That(grouped.Nodes.Where(n => n.Kind == GraphNodeKind.Source).Select(n => n.Label), Is.EqualTo(new[] { "./", "docs/" }));
        Assert.That(grouped.Omitted, Is.EqualTo("4 sources grouped by folder"));
    }

    [Test]
    public void Junit_counts_add_up_and_names_are_unique()
    {
        // At --fail-on warning every warning and critical finding fails its case; a note never does.
        var findings = new[]
        {
            GitHubReportTests.Make(Severity.Critical, "a.md", 1),
            GitHubReportTests.Make(Severity.Warning, "a.md", 2),
            GitHubReportTests.Make(Severity.Note, "b.md", 1) with { RuleId = "MSRE1003", RuleName = "external-reference" },
            GitHubReportTests.Make(Severity.Warning, "b.md", 4) with { RuleId = "MSRE1003", RuleName = "external-reference" },
        };
        var result = GitHubReportTests.Result(findings, level: FailLevel.Warning);
        var stream = new MemoryStream();
        JUnitReportWriter.Write(result, stream);
        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        var suite = xml.Root!.Element("testsuite")!;
        var cases = suite.Elements("testcase").ToList();
        Assert.That(cases.Select(c => (string)c.Attribute("name")!), Is.Unique);
        Assert.That((int)suite.Attribute("tests")!, Is.EqualTo(cases.Count).And.EqualTo(4));
        Assert.That((int)suite.Attribute("failures")!, Is.EqualTo(cases.Count(c => c.Element("failure") is not null)).And.EqualTo(2));
        Assert.That(cases[0].Element("failure")!.Value, Does.Contain("a.md:1:5: critical MSRE1001").And.Contain("a.md:2:5: warning MSRE1001"));
        Assert.That((string)cases[2].Attribute("name")!, Is.EqualTo("b.md:1:5 [MSRE1003 external-reference]"));
        Assert.That(cases[2].Element("failure"), Is.Null, "a note alone does not fail");
    }

    /// <summary>A run that passes writes no failure: findings below the fail level are listed in system-out of a passing case.</summary>
    [TestCase(FailLevel.Critical, 1, 2)]
    [TestCase(FailLevel.Error, 1, 2)]
    [TestCase(FailLevel.Warning, 2, 1)]
    [TestCase(FailLevel.Never, 0, 3)]
    public void Junit_fails_only_findings_at_or_above_the_fail_level(FailLevel level, int failures, int listed)
    {
        var findings = new[]
        {
            GitHubReportTests.Make(Severity.Critical, "a.md", 1),
            GitHubReportTests.Make(Severity.Warning, "b.md", 2),
            GitHubReportTests.Make(Severity.Note, "c.md", 3) with { RuleId = "MSRE1003", RuleName = "external-reference" },
        };
        var stream = new MemoryStream();
        JUnitReportWriter.Write(GitHubReportTests.Result(findings, level: level), stream);
        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.That((int)xml.Root!.Attribute("failures")!, Is.EqualTo(failures));
        Assert.That(xml.Descendants("failure").Count(), Is.EqualTo(failures));
        Assert.That(xml.Descendants("system-out").Count(), Is.EqualTo(listed));
    }

    [Test]
    public void A_baseline_counts_repeats_and_reports_what_went_away()
    {
        var twice = GitHubReportTests.Make(Severity.Warning, "a.md", 1);
        var gone = GitHubReportTests.Make(Severity.Warning, "a.md", 9) with { Reference = "gone.sh" };
        var baseline = Baseline.FromFindings([twice, twice with { Line = 2 }, gone]);
        Assert.That(baseline.Entries.Select(e => e.Count), Is.EqualTo(new[] { 1, 2 }));

        var (judged, absent) = baseline.Apply([twice with { Line = 5 }, twice with { Line = 6 }, twice with { Line = 7 }]);
        Assert.That(judged.Select(f => f.BaselineState), Is.EqualTo(new[] { BaselineState.Unchanged, BaselineState.Unchanged, BaselineState.New }));
        Assert.That(absent.Select(f => (f.Reference, f.Line, f.BaselineState)), Is.EqualTo(new[] { ("gone.sh", 9, BaselineState.Absent) }));
    }
}
