using System.Text.Json;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Reliability.Tests;

/// <summary>SIGINT/SIGTERM leave no partial report; concurrent runs leave one complete report.</summary>
public sealed class InterruptionTests
{
    private const int Files = 4000;
    private TempRepo repo = null!;

    [OneTimeSetUp]
    public void CreateLargeRepository()
    {
        repo = new TempRepo();
        for (var i = 0; i < Files; i++)
        {
            repo.Write($"docs/{i % 50}/page{i}.md", string.Concat(Enumerable.Range(0, 40).Select(j => $"Line {j}: run `tools/t{(i + j) % 300}.sh` and see [x](../{j % 50}/page{j}.md).\n")));
        }
    }

    [OneTimeTearDown]
    public void RemoveLargeRepository() => repo.Dispose();

    [TestCase("INT", 130)]
    [TestCase("TERM", 143)]
    public void A_signal_during_a_run_leaves_no_partial_report(string signal, int expectedExit)
    {
        var report = Path.Combine(repo.Root, $"report-{signal}.json");
        for (var delay = 400; delay >= 50; delay /= 2)
        {
            using var p = MaiaProcess.Start(repo.Root, ["phantoms", "--json", report]);

            // Drain both pipes: a run that finishes first prints thousands of lines and would block on a full pipe.
            var drained = Task.WhenAll(p.StandardOutput.ReadToEndAsync(), p.StandardError.ReadToEndAsync());
            Thread.Sleep(delay);
            using (var kill = System.Diagnostics.Process.Start("kill", [$"-{signal}", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }

            Assert.That(p.WaitForExit(120_000), Is.True, "the run neither stopped on the signal nor finished");
            drained.Wait();
            Assert.That(Directory.GetFiles(repo.Root, "*.tmp", SearchOption.AllDirectories), Is.Empty, "temporary report left behind");
            if (p.ExitCode == expectedExit)
            {
                Assert.That(File.Exists(report), Is.False, "an interrupted run wrote a report");
                return;
            }

            // The run finished before the signal: its report must be complete.
            Assert.DoesNotThrow(() => JsonDocument.Parse(File.ReadAllText(report)).Dispose());
            File.Delete(report);
        }

        Assert.Fail($"never managed to interrupt a run with SIG{signal}");
    }

    [Test]
    public void Two_runs_writing_the_same_report_leave_one_complete_report()
    {
        var report = Path.Combine(repo.Root, "out", "report.json");
        var runs = Enumerable.Range(0, 2).Select(_ => Task.Run(() => MaiaProcess.Run(repo.Root, "phantoms", "--json", report))).ToArray();
        Task.WaitAll(runs);
        Assert.That(runs.Select(r => r.Result.ExitCode), Is.All.EqualTo(0));
        using var doc = JsonDocument.Parse(File.ReadAllText(report));
        Assert.That(doc.RootElement.GetProperty("summary").GetProperty("sourcesScanned").GetInt32(), Is.EqualTo(Files));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(report)!), Has.Length.EqualTo(1));
    }
}
