using System.Text.Json;
using Maia.Sre.Ci.TestSupport;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>One fix model in every report: SARIF <c>fixes</c> (valid), the JSON report's <c>fix</c>, the step summary's section.</summary>
public sealed class FixReportTests
{
    [Test]
    public void Sarif_json_and_the_step_summary_carry_the_same_fixes()
    {
        using var repo = HistoryFixture.Load("moved-scripts").Build();
        using var reports = new TempRepo();
        var sarif = Path.Combine(reports.Root, "r.sarif");
        var json = Path.Combine(reports.Root, "r.json");
        var summary = Path.Combine(reports.Root, "summary.md");
        var variables = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary };
        var env = new CliEnvironment(new StringWriter(), new StringWriter(), repo.Root) { OutputIsTerminal = false, GetVariable = v => variables.GetValueOrDefault(v) };
        Assert.That(CliApp.Run(["phantoms", "--sarif", sarif, "--json", json, "--fail-on", "never"], env), Is.EqualTo(0), env.Error.ToString());

        using var report = JsonDocument.Parse(File.ReadAllBytes(json));
        var findings = report.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var fixes = findings.Where(f => f.GetProperty("fix").ValueKind == JsonValueKind.Object).Select(f => f.GetProperty("fix")).ToList();
        using var log = JsonDocument.Parse(File.ReadAllBytes(sarif));
        var sarifFixes = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.TryGetProperty("fixes", out _)).Select(r => r.GetProperty("fixes")[0]).ToList();
        var markdown = File.ReadAllText(summary);
        Assert.Multiple(() =>
        {
            Assert.That(fixes, Has.Count.EqualTo(8), "every rewrite except the name in two folders");
            Assert.That(fixes.Select(f => f.GetProperty("safety").GetString()), Has.All.EqualTo("safe"));
            Assert.That(report.RootElement.GetProperty("history").GetProperty("state").GetString(), Is.EqualTo("read"));
            Assert.That(sarifFixes.Select(f => f.GetProperty("description").GetProperty("text").GetString()), Is.EqualTo(fixes.Select(f => f.GetProperty("description").GetString())));
            var first = sarifFixes[0].GetProperty("artifactChanges")[0];
            var edit = fixes[0].GetProperty("edits")[0];
            Assert.That(first.GetProperty("replacements")[0].GetProperty("insertedContent").GetProperty("text").GetString(), Is.EqualTo(edit.GetProperty("text").GetString()));
            Assert.That(first.GetProperty("replacements")[0].GetProperty("deletedRegion").GetProperty("startColumn").GetInt32(), Is.EqualTo(edit.GetProperty("column").GetInt32()));
            Assert.That(markdown, Does.Contain("### Fixable\n\n`maia-sre phantoms --fix` applies the 8 safe fixes."));
            Assert.That(markdown, Does.Contain("| safe | `README.md:3` | `tools/backup.sh` → `tools/ops/backup.sh` (renamed in "));
            Assert.That(markdown, Does.Not.Contain("bin/setup.sh` →"));
        });

        var (errors, warnings) = Validators.Sarif(sarif);
        Assert.That(errors.Concat(warnings), Is.Empty, "the SARIF validator accepts the fixes");
    }
}
