using System.Diagnostics;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Reliability.Tests;

/// <summary>
/// Report paths that are not regular files are written in place, never renamed over. As root (CI containers), the
/// rename used for regular files replaces whatever the path is, so <c>--json /dev/null</c> once left a regular file at
/// <c>/dev/null</c>. These tests use a device node made with <c>mknod</c>, a FIFO with a reader and links to them, in a
/// temporary folder, for every option that writes, and compare each node before and after.
/// </summary>
[NonParallelizable]
public sealed class SpecialReportPathTests
{
    private const string Marker = "PATH";

    /// <summary>Every command line that writes a file, with <see cref="Marker"/> where the path goes, and how its output starts.</summary>
    public static IEnumerable<TestCaseData> WritingOptions()
    {
        yield return Case("--json", ["phantoms", "--json", Marker], "{");
        yield return Case("--sarif", ["phantoms", "--sarif", Marker], "{");
        yield return Case("--junit", ["phantoms", "--junit", Marker], "<?xml");
        yield return Case("baseline write", ["baseline", "write", Marker], "{");
        yield return Case("graph --output", ["graph", "--output", Marker], "flowchart");
    }

    private static TestCaseData Case(string name, string[] args, string starts) => new TestCaseData(args, starts).SetArgDisplayNames(name);

    private static void RequireRoot()
    {
        if (Environment.UserName != "root" || !File.Exists("/usr/bin/mknod"))
        {
            Assert.Ignore("needs root and mknod to make a device node (CI containers run as root)");
        }
    }

    [TestCaseSource(nameof(WritingOptions))]
    public void A_character_device_is_written_in_place_and_stays_a_device(string[] args, string starts)
    {
        RequireRoot();
        using var nodes = new TempRepo();
        var node = Path.Combine(nodes.Root, "null");
        Run("mknod", node, "c", "1", "3"); // the null device's numbers: writes to it are discarded
        var before = Describe(node);

        var result = RunTool(args, node);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Out + result.Error);
        Assert.That(Describe(node), Is.EqualTo(before));
        Assert.That(Directory.GetFileSystemEntries(nodes.Root), Is.EqualTo(new[] { node }), "nothing but the node in its folder");
        Assert.That(starts, Is.Not.Empty);
    }

    [TestCaseSource(nameof(WritingOptions))]
    public void A_fifo_is_written_in_place_for_its_reader_and_stays_a_fifo(string[] args, string starts)
    {
        using var nodes = new TempRepo();
        var fifo = nodes.MakeFifo("report.fifo");
        var before = Describe(fifo);
        using var reader = Process.Start(new ProcessStartInfo("cat", [fifo]) { RedirectStandardOutput = true })!;
        var read = reader.StandardOutput.ReadToEndAsync();

        var result = RunTool(args, fifo);
        var ended = reader.WaitForExit(20_000);
        if (!ended)
        {
            reader.Kill(); // blocked on a FIFO no one ever opened for writing
        }

        Assert.That(ended, Is.True, "the reader saw no end of the report");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Out + result.Error);
        Assert.That(read.Result, Does.StartWith(starts), "the reader got the report");
        Assert.That(Describe(fifo), Is.EqualTo(before));
        Assert.That(Directory.GetFileSystemEntries(nodes.Root), Is.EqualTo(new[] { fifo }), "nothing but the FIFO in its folder");
    }

    [TestCaseSource(nameof(WritingOptions))]
    public void A_link_to_a_device_stays_a_link_and_the_device_a_device(string[] args, string starts)
    {
        RequireRoot();
        using var nodes = new TempRepo();
        var node = Path.Combine(nodes.Root, "null");
        Run("mknod", node, "c", "1", "3");
        var link = Path.Combine(nodes.Root, "report.out");
        File.CreateSymbolicLink(link, node);
        var (nodeBefore, linkBefore) = (Describe(node), Describe(link));

        var result = RunTool(args, link);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Out + result.Error);
        Assert.That((Describe(node), Describe(link)), Is.EqualTo((nodeBefore, linkBefore)));
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(node));
        Assert.That(starts, Is.Not.Empty);
    }

    /// <summary>
    /// <c>/dev/stdout</c> is a link to <c>/proc/self/fd/1</c>; a link of the same shape in a temporary folder shows
    /// the link survives, without putting the machine's own <c>/dev/stdout</c> at risk.
    /// </summary>
    [TestCaseSource(nameof(WritingOptions))]
    public void A_link_to_standard_output_stays_a_link_and_the_report_reaches_standard_output(string[] args, string starts)
    {
        using var nodes = new TempRepo();
        var link = Path.Combine(nodes.Root, "stdout");
        File.CreateSymbolicLink(link, "/proc/self/fd/1");
        var before = Describe(link);

        var result = RunTool(args, link);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Out + result.Error);
        Assert.That(Describe(link), Is.EqualTo(before));
        Assert.That(result.Out, Does.Contain(starts));
    }

    /// <summary>A regular file keeps the atomic write: a new file (new inode) replaces it complete, never a partial one.</summary>
    [TestCaseSource(nameof(WritingOptions))]
    public void A_regular_file_is_still_replaced_whole(string[] args, string starts)
    {
        using var nodes = new TempRepo();
        var file = nodes.Write("report.out", "old report\n");
        var before = Describe(file);

        var result = RunTool(args, file);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Out + result.Error);
        Assert.That(File.ReadAllText(file), Does.StartWith(starts));
        Assert.That(Describe(file), Is.Not.EqualTo(before), "renamed into place: another inode");
        Assert.That(Directory.GetFileSystemEntries(nodes.Root), Is.EqualTo(new[] { file }), "no temporary file left");
    }

    private static MaiaProcess.Result RunTool(string[] args, string path)
    {
        using var repo = new TempRepo();
        repo.Write("README.md", "Run `tools/run.sh`, then `tools/ghost.sh`.\n");
        repo.Write("tools/run.sh", "#!/bin/sh\n");
        return MaiaProcess.Run(repo.Root, [.. args.Select(a => a == Marker ? path : a), "--root", repo.Root], null);
    }

    /// <summary>Type, device numbers and inode of a path, not following a link: any replacement changes it.</summary>
    private static string Describe(string path) => Run("stat", "--format=%F %t:%T %i", path).Trim();

    private static string Run(string program, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.EqualTo(0), $"{program} {string.Join(' ', args)}: {error}");
        return output;
    }
}
