using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Configuration;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// Why a phantom is critical: running a missing file breaks what runs it (what its source is: the first matching
/// reason, agent instructions included), and the settings (critical sources, keywords) make any phantom critical.
/// </summary>
public sealed class CriticalClassifierTests
{
    private static readonly CriticalClassifier Classifier = new(new CriticalConfig
    {
        Sources = ["ops/**", ".github/workflows/**"],
        Keywords = ["deploy"],
    });

    [TestCase(".github/workflows/ci.yml", "it is run from a CI workflow")]
    [TestCase("tools/action.yml", "it is run from a CI workflow")]
    [TestCase(".pre-commit-config.yaml", "it is run from the pre-commit configuration")]
    [TestCase("sub/Makefile", "it is run from a build file")]
    [TestCase("web/package.json", "it is run from a build file")]
    [TestCase("scripts/x.sh", "it is run from a script")]
    [TestCase("a.bat", "it is run from a script")]
    [TestCase("CLAUDE.md", "AI coding agents run what this file tells them")]
    [TestCase(".claude/commands/release.md", "AI coding agents run what this file tells them")]
    [TestCase(".cursor/rules/style.mdc", "AI coding agents run what this file tells them")]
    [TestCase("skills/pdf/SKILL.md", "AI coding agents run what this file tells them")]
    [TestCase("ops/runbook.md", null)]
    [TestCase("docs/guide.md", null)]
    [TestCase("docs/x.sh.md", null)]
    [TestCase(".github/workflows", null)]
    public void What_the_source_is_says_why_running_a_missing_file_breaks(string source, string? expected) =>
        Assert.That(Classifier.SourceReason(source), Is.EqualTo(expected));

    [TestCase("ops/runbook.md", "tools/x.py", "its source matches phantoms.critical.sources")]
    [TestCase(".github/workflows/ci.yml", "tools/x.py", "its source matches phantoms.critical.sources")]
    [TestCase("docs/deploy.md", "tools/x.py", "it involves the critical keyword 'deploy'")]
    [TestCase("docs/guide.md", "tools/DEPLOY.py", "it involves the critical keyword 'deploy'")]
    [TestCase("docs/guide.md", "tools/x.py", null)]
    public void The_settings_make_any_phantom_critical(string source, string reference, string? expected) =>
        Assert.That(Classifier.ConfiguredReason(source, reference), Is.EqualTo(expected));

    [Test]
    public void Without_settings_only_what_the_source_is_counts()
    {
        var plain = new CriticalClassifier(new CriticalConfig());
        Assert.That(plain.SourceReason("ops/runbook.md"), Is.Null);
        Assert.That(plain.ConfiguredReason("docs/deploy.md", "deploy.sh"), Is.Null);
        Assert.That(plain.SourceReason("ci/build.mk"), Is.EqualTo("it is run from a build file"));
    }

    [Test]
    public void Named_gate_sources_count_as_settings()
    {
        var gate = new CriticalClassifier(new CriticalConfig { GateSources = ["runbooks/**"] });
        Assert.That(gate.ConfiguredReason("runbooks/restore.md", "tools/x.py"), Is.EqualTo("its source matches preflight.criticalSources"));
    }
}
