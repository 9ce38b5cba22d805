using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests.Preflight;

/// <summary>
/// MSRE2013, the critical-source gate: phantoms in critical sources fail it, phantoms elsewhere do not, and each
/// problem is one finding, MSRE1001, critical with its reason, whichever rule sets run.
/// </summary>
public sealed class CriticalSourceTests
{
    private static TempRepo Repo()
    {
        var repo = new TempRepo();
        repo.Write(".github/workflows/ci.yml", "on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - run: bash scripts/build.sh\n      - run: bash scripts/gone.sh\n");
        repo.Write(".claude/commands/save.md", "Run `python3 tools/save_state.py` first.\n");
        repo.Write("scripts/build.sh", "echo build\n");
        repo.Write("README.md", "See `tools/readme_only.py`.\n");
        repo.Write("tools/kept.py", "print()\n");
        return repo.InitGit();
    }

    [Test]
    public void Each_phantom_in_a_critical_source_is_one_critical_phantom_finding_that_fails_its_check()
    {
        using var repo = Repo();
        var result = PreflightRun.Run(repo);
        Assert.That(result.Of(RuleIds.CriticalSourcePhantom), Is.Empty, "the gate adds no finding of its own");
        var findings = result.Of(RuleIds.PhantomReference);
        Assert.That(findings.Select(f => (f.File, f.Line, f.Reference, f.Severity)), Is.EqualTo(new[]
        {
            (".claude/commands/save.md", 1, "tools/save_state.py", Severity.Critical),
            (".github/workflows/ci.yml", 7, "scripts/gone.sh", Severity.Critical),
        }));
        Assert.That(findings[0].Message, Does.EndWith("(critical: AI coding agents run what this file tells them)"));
        Assert.That(findings[1].Message, Does.EndWith("(critical: it is run from a CI workflow)"));
        Assert.That(result.Checks.Where(c => c.RuleId == RuleIds.CriticalSourcePhantom).Select(c => c.Subject), Is.EqualTo(new[] { ".claude/commands/save.md", ".github/workflows/ci.yml" }));
        Assert.That(result.Report().CriticalFailures, Is.EqualTo(2));
        Assert.That(result.Rules.Select(r => r.Id), Does.Contain(RuleIds.PhantomReference), "reports describe the rule of every finding");
    }

    [Test]
    public void With_the_phantom_rules_in_the_same_run_each_problem_is_counted_once()
    {
        using var repo = Repo();
        var result = PreflightRun.Run(repo, ruleSets: [RuleSets.Phantoms, RuleSets.Preflight]);
        var critical = result.ActiveFindings.Where(f => f.Severity == Severity.Critical).Select(f => (f.RuleId, f.File, f.Line)).ToList();
        Assert.That(critical, Is.EqualTo(new[]
        {
            (RuleIds.PhantomReference, ".claude/commands/save.md", 1),
            (RuleIds.PhantomReference, ".github/workflows/ci.yml", 7),
        }));
        Assert.That(result.Phantoms!.CriticalPhantoms, Is.EqualTo(2));
        Assert.That(result.FailingFindings.Count(), Is.EqualTo(2));
    }

    [Test]
    public void Critical_sources_are_configurable_and_suppressions_still_apply()
    {
        using var repo = Repo();
        repo.Write(".claude/commands/save.md", "Run `python3 tools/save_state.py` first. <!-- maia-sre-disable-line -->\n");
        var result = PreflightRun.Run(repo, """{"preflight": {"criticalSources": [".claude/commands/**", "README.md"]}}""");
        Assert.That(result.ActiveFindings.Where(f => f.RuleId == RuleIds.PhantomReference).Select(f => (f.File, f.Severity)), Is.EqualTo(new[] { ("README.md", Severity.Critical) }));
        Assert.That(result.Findings.Count(f => f.Suppression is not null), Is.EqualTo(1));
    }

    [Test]
    public void Named_critical_sources_make_every_phantom_in_them_critical_while_preflight_is_on()
    {
        using var repo = Repo();
        const string names = """{"preflight": {"criticalSources": ["README.md"]}}""";
        const string off = """{"preflight": {"enabled": false, "criticalSources": ["README.md"]}}""";
        var on = PreflightRun.Run(repo, names, ruleSets: [RuleSets.Phantoms, RuleSets.Preflight]);
        var without = PreflightRun.Run(repo, off, ruleSets: [RuleSets.Phantoms, RuleSets.Preflight]);
        Assert.That(on.Of(RuleIds.PhantomReference).Single(f => f.File == "README.md").Severity, Is.EqualTo(Severity.Critical));
        Assert.That(without.Of(RuleIds.PhantomReference).Single(f => f.File == "README.md").Severity, Is.EqualTo(Severity.Warning));
    }
}
