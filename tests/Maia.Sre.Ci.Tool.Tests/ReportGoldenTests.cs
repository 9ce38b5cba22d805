using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>
/// Golden SARIF and JUnit files beside two fixtures (<c>expected.sarif</c>, <c>expected.junit.xml</c>), rewritten with
/// UPDATE_GOLDEN=1; and the determinism promise: two runs on two copies give byte-identical reports.
/// </summary>
public sealed class ReportGoldenTests
{
    public static IEnumerable<string> GoldenFixtures => ["config-and-suppressions", "original-layout"];

    [TestCaseSource(nameof(GoldenFixtures))]
    public void Sarif_and_junit_match_the_golden_files(string name)
    {
        using var reports = new TempRepo();
        var (sarif, junit, _) = ReportScenarios.Run(name, reports.Root);
        var folder = Fixture.Load(name).Folder;
        Compare(sarif, Path.Combine(folder, "expected.sarif"));
        Compare(junit, Path.Combine(folder, "expected.junit.xml"));
    }

    [TestCaseSource(typeof(ReportScenarios), nameof(ReportScenarios.Names))]
    public void Two_runs_give_byte_identical_sarif_and_junit(string name)
    {
        using var first = new TempRepo();
        using var second = new TempRepo();
        var a = ReportScenarios.Run(name, first.Root);
        var b = ReportScenarios.Run(name, second.Root);
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllBytes(b.Sarif), Is.EqualTo(File.ReadAllBytes(a.Sarif)), "SARIF");
            Assert.That(File.ReadAllBytes(b.JUnit), Is.EqualTo(File.ReadAllBytes(a.JUnit)), "JUnit");
        });
    }

    [Test]
    public void Reports_have_no_byte_order_mark_and_no_timestamps_unless_asked()
    {
        using var reports = new TempRepo();
        var (sarif, junit, _) = ReportScenarios.Run(ReportScenarios.DemoRepo, reports.Root);
        Assert.That(File.ReadAllBytes(sarif)[0], Is.EqualTo((byte)'{'));
        Assert.That(File.ReadAllBytes(junit)[0], Is.EqualTo((byte)'<'));
        Assert.That(File.ReadAllText(sarif), Does.Not.Contain("startTimeUtc"));
        Assert.That(File.ReadAllText(junit), Does.Not.Contain("timestamp"));

        using var timed = new TempRepo();
        var (withTimes, _, _) = ReportScenarios.Run(ReportScenarios.DemoRepo, timed.Root, "--sarif-timestamps");
        Assert.That(File.ReadAllText(withTimes), Does.Contain("startTimeUtc").And.Contain("endTimeUtc"));
    }

    private static void Compare(string actualPath, string goldenPath)
    {
        var actual = File.ReadAllText(actualPath);
        if (RepoPaths.UpdateGolden)
        {
            File.WriteAllText(goldenPath, actual);
        }

        Assert.That(File.Exists(goldenPath), Is.True, $"{goldenPath} is missing: run UPDATE_GOLDEN=1 bash scripts/test.sh");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(goldenPath)), $"differs from {goldenPath} (UPDATE_GOLDEN=1 rewrites it after a deliberate change)");
    }
}
