using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.MSBuild.Tests;

/// <summary>The stamp, failure marker and lock that keep parallel worker processes from repeating a run.</summary>
public sealed class RunGateTests
{
    [TestCase(true)]
    [TestCase(false)]
    public void A_run_that_waited_for_another_process_reuses_its_result(bool otherPassed)
    {
        using var repo = new TempRepo();
        var stamp = Path.Combine(repo.Root, "obj", "check.stamp");
        Directory.CreateDirectory(Path.GetDirectoryName(stamp)!);
        var other = new FileStream(stamp + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        // The other process finishes while this one waits: it writes its result and releases the lock.
        using var gate = RunGate.Enter(stamp, () =>
        {
            File.WriteAllText(otherPassed ? stamp : stamp + ".failed", "done");
            other.Dispose();
        });

        Assert.That((gate.Waited, gate.OtherRunSucceeded, gate.OtherRunFailed), Is.EqualTo((true, otherPassed, !otherPassed)));
    }

    [Test]
    public void A_failure_marker_left_by_the_previous_build_never_lets_this_build_skip_the_run()
    {
        using var repo = new TempRepo();
        var stamp = Path.Combine(repo.Root, "obj", "check.stamp");
        repo.Write("obj/check.stamp.failed", "FAIL: 1 critical");

        using var gate = RunGate.Enter(stamp);

        Assert.That((gate.Waited, gate.OtherRunSucceeded, gate.OtherRunFailed), Is.EqualTo((false, false, false)));
    }

    [Test]
    public void A_failing_run_removes_the_stamp_so_the_next_build_runs_again()
    {
        using var repo = new TempRepo();
        var stamp = repo.Write("obj/check.stamp", "PASS");
        using (var gate = RunGate.Enter(stamp))
        {
            gate.Complete(succeeded: false, "FAIL: 1 critical");
        }

        Assert.That((File.Exists(stamp), File.ReadAllText(stamp + ".failed").Trim()), Is.EqualTo((false, "FAIL: 1 critical")));
    }

    [Test]
    public void The_lock_is_exclusive_while_a_run_holds_it()
    {
        using var repo = new TempRepo();
        var stamp = Path.Combine(repo.Root, "obj", "check.stamp");
        using var gate = RunGate.Enter(stamp);

        Assert.Throws<IOException>(() => new FileStream(stamp + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None).Dispose());
    }
}
