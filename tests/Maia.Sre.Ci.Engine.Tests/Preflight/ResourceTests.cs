using System.Diagnostics;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Preflight;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests.Preflight;

/// <summary>MSRE2011 and MSRE2012 with injected probes, and the real probes where the machine allows.</summary>
public sealed class ResourceTests
{
    private const string Writable = """{"preflight": {"writablePaths": ["state.json", "out", "missing.log"]}}""";

    [Test]
    public void Unwritable_paths_are_critical_and_missing_ones_warnings()
    {
        using var repo = new TempRepo().InitGit();
        repo.Write("state.json", "{}\n");
        repo.Write("out/keep", "");
        var result = PreflightRun.Run(repo, Writable, new PreflightProbes { Access = new PreflightRun.FakeAccess("state.json"), DiskSpace = new PreflightRun.FakeDisk(long.MaxValue) });
        Assert.That(result.Of(RuleIds.WritePermission).Select(f => (f.Severity, f.Message)), Is.EquivalentTo(new[]
        {
            (Severity.Warning, "'missing.log' does not exist, so its write permission cannot be checked"),
            (Severity.Critical, "file 'state.json' is not writable (permissions, a read-only mount or an immutable file)"),
        }));
        Assert.That(result.Report().Checks.Single(c => c.Subject == "writable:out").Status, Is.EqualTo(CheckStatus.Passed));
    }

    [TestCase(999_999_999L, Severity.Critical, "only 1 GB free on the root's volume; at least 1 GB are required (preflight.minFreeDiskGb)")]
    [TestCase(null, Severity.Warning, "the free space of the root's volume could not be read; 1 GB are required")]
    public void Disk_space_below_the_minimum_fails(long? free, Severity severity, string message)
    {
        using var repo = new TempRepo().InitGit();
        var finding = PreflightRun.Run(repo, null, new PreflightProbes { DiskSpace = new PreflightRun.FakeDisk(free) }).Of(RuleIds.DiskSpace).Single();
        Assert.That((finding.Severity, finding.Message), Is.EqualTo((severity, message)));
    }

    [Test]
    public void The_real_disk_probe_reads_the_root_volume()
    {
        using var repo = new TempRepo().InitGit();
        var free = DiskSpaceProbe.Instance.AvailableBytes(repo.Root);
        Assert.That(free, Is.GreaterThan(0));
        var huge = PreflightRun.Run(repo, """{"preflight": {"minFreeDiskGb": 1000000}}""", PreflightProbes.Real);
        Assert.That(huge.Of(RuleIds.DiskSpace).Single().Severity, Is.EqualTo(Severity.Critical));
        var off = PreflightRun.Run(repo, """{"preflight": {"minFreeDiskGb": 0}}""", PreflightProbes.Real);
        Assert.That(off.Checks.Any(c => c.RuleId == RuleIds.DiskSpace), Is.False);
    }

    [Test]
    public void The_real_access_probe_sees_an_immutable_file_even_as_root()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True, "chattr is Linux-only");
        using var repo = new TempRepo();
        var file = repo.Write("locked.txt", "x\n");
        Assert.That(AccessProbe.Instance.CanWrite(file), Is.True, "a fresh temp file is writable");
        if (!Run("chattr", "+i", file))
        {
            Assert.Ignore("chattr +i is not possible here (needs CAP_LINUX_IMMUTABLE and a file system that supports it)");
        }

        try
        {
            Assert.That(AccessProbe.Instance.CanWrite(file), Is.False);
        }
        finally
        {
            Run("chattr", "-i", file);
        }
    }

    [Test]
    public void The_real_access_probe_sees_a_read_only_mount_even_as_root()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True, "bind mounts are Linux-only here");
        using var repo = new TempRepo().InitGit();
        using var source = new TempRepo();
        var mounted = Path.Combine(repo.Root, "ro");
        Directory.CreateDirectory(mounted);
        if (!Run("mount", "--bind", "-o", "ro", source.Root, mounted))
        {
            Assert.Ignore("a read-only bind mount is not possible here (needs CAP_SYS_ADMIN)");
        }

        try
        {
            var result = PreflightRun.Run(repo, """{"preflight": {"writablePaths": ["ro", ".git"], "git": {"clean": "off"}}}""", PreflightProbes.Real);
            Assert.That(result.Of(RuleIds.WritePermission).Select(f => f.Message), Is.EqualTo(new[] { "folder 'ro' is not writable (permissions, a read-only mount or an immutable file)" }));
        }
        finally
        {
            Run("umount", mounted);
        }
    }

    private static bool Run(string program, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            args.ToList().ForEach(info.ArgumentList.Add);
            using var p = Process.Start(info)!;
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
