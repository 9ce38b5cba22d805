using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests.Preflight;

/// <summary>MSRE2013: phantoms in critical sources fail the gate; phantoms elsewhere do not.</summary>
public sealed class CriticalSourceTests
{
    private static TempRepo Repo()
    {
        var repo = new TempRepo();
        repo.Write(".github/workflows/ci.yml", "on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - run: bash scripts/build.sh\n      - run: bash scripts/gone.sh\n");
        repo.Write(".claude/commands/save.md", "Run `python3 tools/save_state.py` first.\n");
        repo.Write("scripts/build.sh", "echo build\n");
        repo.Write("README.md", "See `tools/readme_only.py`.\n");
        return repo.InitGit();
    }

    [Test]
    public void Each_phantom_in_a_critical_source_is_a_critical_finding_at_its_place()
    {
        using var repo = Repo();
        var result = PreflightRun.Run(repo);
        var findings = result.Of(RuleIds.CriticalSourcePhantom);
        Assert.That(findings.Select(f => (f.File, f.Line, f.Reference, f.Severity)), Is.EqualTo(new[]
        {
            (".claude/commands/save.md", 1, "tools/save_state.py", Severity.Critical),
            (".github/workflows/ci.yml", 7, "scripts/gone.sh", Severity.Critical),
        }));
        Assert.That(findings[1].Message, Does.StartWith("critical source references a phantom, which blocks the run: 'scripts/gone.sh'"));
        Assert.That(result.Checks.Where(c => c.RuleId == RuleIds.CriticalSourcePhantom).Select(c => c.Subject), Is.EqualTo(new[] { ".claude/commands/save.md", ".github/workflows/ci.yml" }));
        Assert.That(result.Report().CriticalFailures, Is.EqualTo(2));
    }

    [Test]
    public void Critical_sources_are_configurable_and_suppressions_still_apply()
    {
        using var repo = Repo();
        repo.Write(".claude/commands/save.md", "Run `python3 tools/save_state.py` first. <!-- maia-sre-disable-line -->\n");
        var result = PreflightRun.Run(repo, """{"preflight": {"criticalSources": [".claude/commands/**", "README.md"]}}""");
        Assert.That(result.ActiveFindings.Where(f => f.RuleId == RuleIds.CriticalSourcePhantom).Select(f => f.File), Is.EqualTo(new[] { "README.md" }));
        Assert.That(result.Findings.Count(f => f.Suppression is not null), Is.EqualTo(1));
    }
}
