using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>The README's demo: <c>samples/demo-repo</c> fails on its planted phantoms and passes once they are fixed.</summary>
public sealed class SampleTests
{
    private static string Sample => Path.Combine(RepoPaths.Samples, "demo-repo");

    private static string ExpectedPath => Path.Combine(RepoPaths.Samples, "demo-repo.expected.txt");

    [Test]
    public void The_sample_lists_every_planted_phantom_and_exits_1()
    {
        using var repo = new TempRepo(Sample);
        var outcome = CliHarness.AsProcess(repo.Root, "phantoms", "--root", repo.Root, "--no-color");
        Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Error);
        if (RepoPaths.UpdateGolden)
        {
            File.WriteAllLines(ExpectedPath, outcome.FindingLines);
        }

        Assert.That(outcome.FindingLines, Is.EqualTo(File.ReadAllLines(ExpectedPath)));
    }

    [Test]
    public void The_sample_exits_0_once_every_phantom_is_fixed()
    {
        using var repo = new TempRepo(Sample);
        var result = LintEngine.Run(new LintRequest { Root = repo.Root, Config = ConfigLoader.Load(repo.Root, null) });
        var phantoms = result.Findings.Where(f => f.RuleId == RuleIds.PhantomReference).ToList();
        Assert.That(phantoms, Has.Count.GreaterThanOrEqualTo(8));

        // Apply each did-you-mean; create the files nothing resembles.
        foreach (var finding in phantoms.OrderByDescending(f => f.Line).ThenByDescending(f => f.Column))
        {
            if (finding.SuggestionReplacement is { } replacement)
            {
                var path = Path.Combine(repo.Root, finding.File);
                var lines = File.ReadAllLines(path);
                var line = lines[finding.Line - 1];
                Assert.That(line.Substring(finding.Column - 1, finding.EndColumn - finding.Column), Is.EqualTo(finding.Reference), "the region covers the reference");
                lines[finding.Line - 1] = line[..(finding.Column - 1)] + replacement + line[(finding.EndColumn - 1)..];
                File.WriteAllLines(path, lines);
            }
            else
            {
                var target = finding.Message.Contains("(resolved as '", StringComparison.Ordinal)
                    ? finding.Message.Split("(resolved as '")[1].Split('\'')[0]
                    : finding.Reference!.TrimStart('.', '/');
                repo.Write(target, "# created by the test\n");
            }
        }

        var after = CliHarness.AsProcess(repo.Root, "phantoms", "--root", repo.Root, "--no-color", "--fail-on", "warning");
        Assert.That(after.ExitCode, Is.EqualTo(0), after.Out);
        Assert.That(after.FindingLines.Where(l => l.Contains("MSRE1001", StringComparison.Ordinal)), Is.Empty);
    }
}
