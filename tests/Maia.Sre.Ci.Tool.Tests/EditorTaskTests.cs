using System.Text.Json;
using System.Text.RegularExpressions;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>
/// The VS Code task in <c>samples/vscode/tasks.json</c> (shown in docs/editors.md) uses the <c>$msCompile</c> problem
/// matcher: every finding line maia-sre prints must be read by its pattern as the finding it is. The patterns are VS
/// Code's (src/vs/workbench/contrib/tasks/common/problemMatcher.ts): the current one, and the older one that other
/// editors and task runners copied.
/// </summary>
public sealed partial class EditorTaskTests
{
    private static string Sample => Path.Combine(RepoPaths.Samples, "vscode", "tasks.json");

    [Test]
    public void The_sample_task_runs_check_with_the_mscompile_matcher_on_workspace_relative_paths()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Sample));
        var task = json.RootElement.GetProperty("tasks")[0];
        var matcher = task.GetProperty("problemMatcher");
        Assert.Multiple(() =>
        {
            Assert.That(task.GetProperty("command").GetString(), Is.EqualTo("maia-sre"));
            Assert.That(task.GetProperty("args")[0].GetString(), Is.EqualTo("check"));
            Assert.That(matcher.GetProperty("base").GetString(), Is.EqualTo("$msCompile"));
            Assert.That(matcher.GetProperty("fileLocation").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "relative", "${workspaceFolder}" }), "maia-sre prints root-relative paths; $msCompile expects absolute ones");
            var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "editors.md"));
            Assert.That(docs, Does.Contain("```json\n" + File.ReadAllText(Sample) + "```\n"), "docs/editors.md shows the sample");
        });
    }

    [Test]
    public void Every_finding_line_is_read_by_the_mscompile_patterns_as_the_finding_it_is()
    {
        using var repo = new TempRepo(Path.Combine(RepoPaths.Samples, "demo-repo"));
        var text = CliHarness.InProcess(repo.Root, "check", "--root", repo.Root, "--no-color");
        var report = CliHarness.InProcess(repo.Root, "check", "--root", repo.Root, "--json", "-");
        using var json = JsonDocument.Parse(report.Out);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("line").GetInt32() > 0)
            .Select(f => $"{f.GetProperty("file").GetString()}|{f.GetProperty("line").GetInt32()},{f.GetProperty("column").GetInt32()}|{f.GetProperty("ruleId").GetString()}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.That(findings, Is.Not.Empty);
        foreach (var (pattern, file, location, severity, code) in new[] { (Current(), 1, 2, 4, 5), (Older(), 1, 2, 3, 4) })
        {
            var read = new List<string>();
            foreach (var line in text.FindingLines)
            {
                var match = pattern.Match(line);
                Assert.That(match.Success, Is.True, $"{pattern}: {line}");
                var word = Regex.Match(line, @"\): (error|warning|info) MSRE").Groups[1].Value;
                Assert.That(match.Groups[severity].Value, Is.EqualTo(word), line);
                read.Add($"{match.Groups[file].Value}|{match.Groups[location].Value}|{match.Groups[code].Value}");
            }

            Assert.That(read.Order(StringComparer.Ordinal), Is.EqualTo(findings), $"{pattern} reads each finding's file, line, column and code");
        }
    }

    [GeneratedRegex(@"^\s*(?:\s*\d+>)?(\S.*?)(?:\((\d+|\d+,\d+|\d+,\d+,\d+,\d+)\))?\s*:\s+(?:(\S+)\s+)?((?:fatal +)?error|warning|info)\s+(\w+\d+)?\s*:\s*(.*)$")]
    private static partial Regex Current();

    [GeneratedRegex(@"^(?:\s*\d+>)?(\S.*)\((\d+|\d+,\d+|\d+,\d+,\d+,\d+)\)\s*:\s+((?:fatal +)?error|warning|info)\s+(\w+\d+)\s*:\s*(.*)$")]
    private static partial Regex Older();
}
