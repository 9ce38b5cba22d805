using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>The fix options: which commands take them, and the combinations refused with exit code 2.</summary>
public sealed class FixOptionsTests
{
    [TestCase("--unsafe-fixes", "option '--unsafe-fixes' goes with '--fix' or '--diff'")]
    [TestCase("--fix --diff", "options '--fix' and '--diff' exclude each other")]
    [TestCase("--diff --json -", "options '--diff' and '--json -' both write to standard output")]
    public void Combinations_that_make_no_sense_are_usage_errors(string options, string message)
    {
        using var repo = new TempRepo();
        repo.Write("README.md", "Run `x.sh`.\n");
        var outcome = CliHarness.InProcess(repo.Root, ["phantoms", "--root", repo.Root, .. options.Split(' ')]);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2));
            Assert.That(outcome.Error, Does.StartWith("maia-sre: " + message));
            Assert.That(File.ReadAllText(Path.Combine(repo.Root, "README.md")), Is.EqualTo("Run `x.sh`.\n"));
        });
    }

    [Test]
    public void Check_and_phantoms_take_them_and_preflight_does_not()
    {
        Assert.Multiple(() =>
        {
            foreach (var command in new[] { "check", "phantoms" })
            {
                Assert.That(CliHarness.InProcess(".", command, "--help").Out, Does.Contain("--fix").And.Contain("--unsafe-fixes").And.Contain("--diff"), command);
            }

            var preflight = CliHarness.InProcess(".", "preflight", "--fix");
            Assert.That(preflight.ExitCode, Is.EqualTo(2));
            Assert.That(preflight.Error, Does.Contain("--fix"));
        });
    }

    [Test]
    public void Without_git_only_case_and_unsafe_fixes_exist_and_the_output_says_so_once()
    {
        using var repo = new TempRepo();
        repo.Write("README.md", "Run `tools/deploy.sh` and `scripts/backup.sh`.\n");
        repo.Write("Tools/Deploy.sh", "#!/bin/sh\n");
        repo.Write("ops/backup.sh", "#!/bin/sh\n");
        repo.Write("scripts/test.sh", "#!/bin/sh\n"); // scripts/ is the repository's: its missing backup.sh is a phantom
        var outcome = CliHarness.InProcess(repo.Root, "phantoms", "--root", repo.Root, "--no-color");
        var diff = CliHarness.InProcess(repo.Root, "phantoms", "--root", repo.Root, "--diff");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Out, Does.Contain("; 1 fixable with --fix (1 more with --unsafe-fixes);"));
            Assert.That(outcome.Out, Does.Contain("\nmaia-sre: git history is not available (not a git work tree)"));
            Assert.That(diff.ExitCode, Is.EqualTo(1));
            Assert.That(diff.Out, Does.Contain("+Run `Tools/Deploy.sh` and `scripts/backup.sh`.\n"), "only the safe fix without --unsafe-fixes");
            Assert.That(diff.Error, Is.EqualTo("Would fix 1 reference in 1 file (1 more fixable with --unsafe-fixes).\n"));
        });
    }
}
