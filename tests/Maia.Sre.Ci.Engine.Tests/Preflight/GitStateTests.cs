using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests.Preflight;

/// <summary>MSRE2001–MSRE2006 on real git repositories made in temporary folders.</summary>
public sealed class GitStateTests
{
    private static TempRepo Committed()
    {
        var repo = new TempRepo();
        repo.Write("README.md", "# demo\n");
        repo.Write("src/a.txt", "one\n");
        return repo.InitGit();
    }

    [Test]
    public void A_clean_configured_repository_passes_every_git_check()
    {
        using var repo = Committed();
        var result = PreflightRun.Run(repo);
        Assert.That(result.Findings, Is.Empty);
        Assert.That(result.Checks.Select(c => c.Subject), Is.SupersetOf(new[] { "git.work-tree", "git.identity", "git.operation", "git.clean", "git.detached-head", "git.shallow", "disk.free-space" }));
        Assert.That(result.Report().Passed, Is.EqualTo(result.Checks.Count));
    }

    [Test]
    public void A_folder_outside_git_is_a_critical_failure_unless_allowed()
    {
        using var repo = new TempRepo();
        var finding = PreflightRun.Run(repo).Of(RuleIds.GitWorkTree).Single();
        Assert.That((finding.Severity, finding.File, finding.Properties!["check"]), Is.EqualTo((Severity.Critical, "", "git.work-tree")));
        Assert.That(finding.Message, Does.StartWith("not a usable git work tree: git failed to find the work tree: fatal: not a git repository"));

        var allowed = PreflightRun.Run(repo, """{"preflight": {"git": {"requireWorkTree": false}}}""");
        Assert.That(allowed.Findings, Is.Empty);
        Assert.That(allowed.Checks.Count(c => c.Subject.StartsWith("git.", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void Missing_identity_is_a_warning_by_default_and_configurable()
    {
        using var repo = Committed();
        repo.Git("config", "--unset", "user.name");
        repo.Git("config", "--unset", "user.email");
        var finding = PreflightRun.Run(repo).Of(RuleIds.GitIdentity).Single();
        Assert.That((finding.Severity, finding.Message), Is.EqualTo((Severity.Warning, "git identity is not configured: user.name and user.email are unset, so commits will fail")));
        Assert.That(PreflightRun.Run(repo, """{"preflight": {"git": {"identity": "critical"}}}""").Of(RuleIds.GitIdentity).Single().Severity, Is.EqualTo(Severity.Critical));
        var off = PreflightRun.Run(repo, """{"preflight": {"git": {"identity": "off"}}}""");
        Assert.That((off.Of(RuleIds.GitIdentity).Count, off.Checks.Any(c => c.RuleId == RuleIds.GitIdentity)), Is.EqualTo((0, false)));
    }

    [Test]
    public void A_dirty_tree_is_a_warning_naming_the_count_and_the_first_files()
    {
        using var repo = Committed();
        repo.Write("src/a.txt", "changed\n");
        for (var i = 1; i <= 6; i++)
        {
            repo.Write($"new{i}.txt", "x\n");
        }

        var finding = PreflightRun.Run(repo).Of(RuleIds.GitCleanTree).Single();
        Assert.That(finding.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(finding.Message, Is.EqualTo("the working tree has 7 changed files: src/a.txt, new1.txt, new2.txt, new3.txt, new4.txt, ..."));
    }

    [Test]
    public void A_detached_head_is_a_note_that_still_passes()
    {
        using var repo = Committed();
        repo.Git("checkout", "-q", "--detach", "HEAD");
        var result = PreflightRun.Run(repo);
        var finding = result.Of(RuleIds.GitDetachedHead).Single();
        Assert.That(finding.Message, Does.Match("^HEAD is detached at [0-9a-f]{7,}: commits made now belong to no branch$"));
        Assert.That(finding.Severity, Is.EqualTo(Severity.Note));
        Assert.That(result.Report().Failed + result.Report().Warnings, Is.Zero);
    }

    [Test]
    public void A_shallow_clone_is_a_warning()
    {
        using var origin = Committed();
        origin.Write("more.txt", "2\n");
        origin.Git("add", "-A");
        origin.Git("commit", "-q", "-m", "second");
        using var clone = new TempRepo();
        origin.Git("clone", "-q", "--depth", "1", "file://" + origin.Root, clone.Root);
        clone.Git("config", "user.name", "Test");
        clone.Git("config", "user.email", "test@example.invalid");
        var result = PreflightRun.Run(clone);
        var finding = result.Of(RuleIds.GitShallowClone).Single();
        Assert.That((finding.Severity, finding.Message), Is.EqualTo((Severity.Warning, "the clone is shallow: tags, describe, changelogs and diffs against other branches lack history")));
        Assert.That(result.Findings, Has.Count.EqualTo(1));
    }

    /// <summary>A committed repository whose branches 'topic' and 'main' changed the same line differently.</summary>
    private static TempRepo Diverged()
    {
        var repo = Committed();
        repo.Git("checkout", "-q", "-b", "topic");
        repo.Write("src/a.txt", "topic\n");
        repo.Git("commit", "-q", "-am", "topic change");
        repo.Git("checkout", "-q", "main");
        repo.Write("src/a.txt", "main\n");
        repo.Git("commit", "-q", "-am", "main change");
        return repo;
    }

    [Test]
    public void A_rebase_stopped_on_a_conflict_is_critical()
    {
        using var repo = Diverged();
        repo.Git("checkout", "-q", "topic");
        Assert.Throws<InvalidOperationException>(() => repo.Git("rebase", "main"), "the rebase must stop on the conflict");

        var finding = PreflightRun.Run(repo).Of(RuleIds.GitOperationInProgress).Single();
        Assert.That((finding.Severity, finding.Message), Is.EqualTo((Severity.Critical, "a rebase is in progress; finish or abort it before the job runs")));
    }

    [Test]
    public void A_conflicted_merge_and_cherry_pick_are_critical()
    {
        using var repo = Diverged();
        Assert.Throws<InvalidOperationException>(() => repo.Git("merge", "-q", "topic"));
        Assert.That(PreflightRun.Run(repo).Of(RuleIds.GitOperationInProgress).Single().Message, Does.StartWith("a merge is in progress"));

        repo.Git("merge", "--abort");
        Assert.Throws<InvalidOperationException>(() => repo.Git("cherry-pick", "topic"));
        Assert.That(PreflightRun.Run(repo).Of(RuleIds.GitOperationInProgress).Single().Message, Does.StartWith("a cherry-pick is in progress"));
    }
}
