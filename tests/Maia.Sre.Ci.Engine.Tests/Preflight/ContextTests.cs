using Maia.Sre.Ci.Baselines;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests.Preflight;

/// <summary>
/// Which preflight checks run where (docs/preflight.md, "Which checks run where"): the lint stage makes only the checks the
/// configuration names, the pre-commit hook never the two a commit in progress always trips, and the <c>preflight</c>
/// command makes them all. Environmental findings never go into a baseline.
/// </summary>
public sealed class ContextTests
{
    /// <summary>A shallow clone without identity, mid-merge, with a changed file: everything the git checks dislike.</summary>
    private static (TempRepo Origin, TempRepo Clone) Troubled()
    {
        var origin = new TempRepo();
        origin.Write("README.md", "# demo\n");
        origin.InitGit();
        origin.Write("b.txt", "second\n");
        origin.Git("add", "-A");
        origin.Git("commit", "-q", "-m", "second");
        var clone = new TempRepo();
        origin.Git("clone", "-q", "--depth", "1", "file://" + origin.Root, clone.Root);
        File.WriteAllText(Path.Combine(clone.Root, ".git", "MERGE_HEAD"), clone.Git("rev-parse", "HEAD"));
        clone.Write("MERGE_NOTE.txt", "x\n");
        return (origin, clone);
    }

    [Test]
    public void The_lint_stage_makes_no_git_or_disk_check_the_configuration_does_not_name()
    {
        var (origin, clone) = Troubled();
        using var _ = origin;
        using var __ = clone;
        var lint = PreflightRun.Run(clone, context: RunContext.LintStage, probes: new() { DiskSpace = new PreflightRun.FakeDisk(0) });
        Assert.That(lint.Findings, Is.Empty);
        Assert.That(lint.Checks, Is.Empty);

        var everything = PreflightRun.Run(clone, probes: new() { DiskSpace = new PreflightRun.FakeDisk(0) });
        Assert.That(everything.Findings.Select(f => f.RuleId), Is.EquivalentTo(new[] { RuleIds.GitIdentity, RuleIds.GitOperationInProgress, RuleIds.GitCleanTree, RuleIds.GitShallowClone, RuleIds.DiskSpace }));
    }

    [Test]
    public void The_lint_stage_makes_the_checks_the_configuration_names()
    {
        var (origin, clone) = Troubled();
        using var _ = origin;
        using var __ = clone;
        const string config = """{"preflight": {"git": {"shallow": "error", "operationInProgress": "critical"}, "minFreeDiskGb": 2, "requiredPaths": ["tools/missing.sh"]}}""";
        var lint = PreflightRun.Run(clone, config, probes: new() { DiskSpace = new PreflightRun.FakeDisk(1_000_000_000) }, context: RunContext.LintStage);
        Assert.That(lint.Findings.Select(f => f.RuleId), Is.EquivalentTo(new[] { RuleIds.GitShallowClone, RuleIds.GitOperationInProgress, RuleIds.DiskSpace, RuleIds.RequiredPath }));
    }

    [Test]
    public void The_hook_never_makes_the_checks_a_commit_in_progress_trips_even_when_configured()
    {
        var (origin, clone) = Troubled();
        using var _ = origin;
        using var __ = clone;
        const string config = """{"preflight": {"git": {"clean": "warning", "operationInProgress": "critical", "shallow": "warning"}}}""";
        var hook = PreflightRun.Run(clone, config, context: RunContext.PreCommitHook);
        Assert.That(hook.Findings.Select(f => f.RuleId), Is.EqualTo(new[] { RuleIds.GitShallowClone }));
        Assert.That(hook.Checks.Select(c => c.RuleId), Does.Not.Contain(RuleIds.GitCleanTree).And.Not.Contain(RuleIds.GitOperationInProgress));
    }

    [Test]
    public void Environmental_findings_never_go_into_a_baseline_and_an_old_baseline_never_hides_them()
    {
        var (origin, clone) = Troubled();
        using var _ = origin;
        using var __ = clone;
        clone.Write("docs/a.md", "Run `tools/gone.sh`.\n");
        var run = PreflightRun.Run(clone, ruleSets: [Rules.RuleSets.Phantoms, Rules.RuleSets.Preflight]);
        Assert.That(run.Findings.Select(f => f.RuleId), Does.Contain(RuleIds.GitCleanTree).And.Contain(RuleIds.PhantomReference));

        var baseline = Baseline.FromFindings(run.Findings);
        Assert.That(baseline.Entries.Select(e => e.RuleId), Is.EqualTo(new[] { RuleIds.PhantomReference }));

        var old = new Baseline(run.Findings.Select(f => BaselineEntry.From(f, 1)));
        var (judged, absent) = old.Apply(run.Findings);
        Assert.That(judged.Where(f => f.BaselineState == BaselineState.Unchanged).Select(f => f.RuleId), Is.EqualTo(new[] { RuleIds.PhantomReference }));
        Assert.That(absent, Is.Empty);
    }
}
