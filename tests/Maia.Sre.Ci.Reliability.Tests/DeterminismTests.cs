using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Reliability.Tests;

/// <summary>Identical inputs give byte-identical reports, across runs and across spellings of --root.</summary>
public sealed class DeterminismTests
{
    public static IEnumerable<string> ReportOptions => ["--json"];

    [TestCaseSource(nameof(ReportOptions))]
    public void Reports_are_byte_identical_across_runs_and_root_spellings(string option)
    {
        var fixture = Fixture.Load("original-layout");
        using var repo = fixture.CopyToTemp();
        var parent = Path.GetDirectoryName(repo.Root)!;
        var name = Path.GetFileName(repo.Root);
        var spellings = new[] { (parent, repo.Root), (parent, repo.Root + "/"), (parent, name), (repo.Root, "."), (repo.Root, "./") };
        var outputs = new List<byte[]>();
        var i = 0;
        foreach (var (cwd, root) in spellings)
        {
            var report = Path.Combine(Path.GetTempPath(), $"maia-determinism-{Guid.NewGuid():N}-{i++}");
            var result = MaiaProcess.Run(cwd, "phantoms", "--root", root, option, report, "--fail-on", "never");
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
            outputs.Add(File.ReadAllBytes(report));
            File.Delete(report);
        }

        Assert.That(outputs, Has.All.EqualTo(outputs[0]));
        Assert.That(outputs[0].Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");
    }
}
