using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Reliability.Tests;

/// <summary>
/// Unreadable files and folders. CI runs as root, which bypasses permission bits, so these run the tool as the
/// unprivileged user <c>nobody</c> (with setpriv) where the machine allows it.
/// </summary>
public sealed class UnreadableInputTests
{
    private static void RequireUnprivilegedUser()
    {
        if (Environment.UserName != "root" || !File.Exists("/usr/bin/setpriv"))
        {
            Assert.Ignore("needs root and setpriv to run the tool as 'nobody'");
        }

        // The tool runs from a copy under the temp folder (a checkout may be private); the temp folder must be reachable.
        if (ReachableTool.WhyUnreachable(ReachableTool.Dll) is { } why)
        {
            Assert.Ignore($"cannot run the tool as 'nobody': {why}");
        }
    }

    [Test]
    public void Unreadable_files_and_folders_are_reported_and_the_run_continues()
    {
        RequireUnprivilegedUser();
        var scenario = new HostileCase("unreadable", r =>
        {
            r.Write("secret.md", "`tools/hidden.sh`");
            r.Write("locked/inner.md", "`tools/inner.sh`");
            File.SetUnixFileMode(Path.Combine(r.Root, "secret.md"), UnixFileMode.None);
            File.SetUnixFileMode(Path.Combine(r.Root, "locked"), UnixFileMode.None);
        });
        var result = scenario.Run(runAs: "65534");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.HasStackTrace, Is.False, result.Error);
        Assert.That(result.Out, Does.Contain(HostileCase.PlantedLine));
        Assert.That(result.Out, Does.Contain("secret.md: warning MSRE1005: cannot be read"));
        Assert.That(result.Out, Does.Contain("locked: warning MSRE1005: folder cannot be read"));
        Assert.That(result.Out, Does.Not.Contain("tools/hidden.sh"));
    }

    [Test]
    public void An_unwritable_report_folder_is_an_exit_2_error_naming_the_path()
    {
        RequireUnprivilegedUser();
        var scenario = new HostileCase("unwritable report folder", r =>
        {
            Directory.CreateDirectory(Path.Combine(r.Root, "ro"));
            File.SetUnixFileMode(Path.Combine(r.Root, "ro"), UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        })
        { Args = ["phantoms", "--json", "ro/report.json"] };
        var result = scenario.Run(runAs: "65534");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Out + result.Error);
        Assert.That(result.Error, Does.Contain("cannot write report 'ro/report.json'"));
        Assert.That(result.HasStackTrace, Is.False, result.Error);
    }
}
