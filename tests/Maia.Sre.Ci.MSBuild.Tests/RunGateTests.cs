using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.MSBuild.Tests;

/// <summary>The stamp, failure marker and lock that keep parallel worker processes from repeating a run.</summary>
public sealed class RunGateTests
{
    [Test]
    public void A_stamp_written_while_waiting_means_another_process_ran_and_passed()
    {
        using var repo = new TempRepo();
        var stamp = Path.Combine(repo.Root, "obj", "check.stamp");
        using var gate = RunGate.Enter(stamp);
        Assert.That(gate.OtherRunSucceeded || gate.OtherRunFailed, Is.False);

        File.WriteAllText(stamp, "PASS");

        Assert.That((gate.OtherRunSucceeded, gate.OtherRunFailed), Is.EqualTo((true, false)));
    }

    [Test]
    public void An_old_stamp_from_an_earlier_build_is_not_mistaken_for_a_run_of_this_build()
    {
        using var repo = new TempRepo();
        var stamp = repo.Write("obj/check.stamp", "PASS");
        File.SetLastWriteTimeUtc(stamp, DateTime.UtcNow.AddMinutes(-5));

        using var gate = RunGate.Enter(stamp);

        Assert.That(gate.OtherRunSucceeded, Is.False);
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
