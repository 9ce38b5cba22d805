using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Configuration;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>Why a phantom is critical: what its source is (first matching reason), else a keyword.</summary>
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
    [TestCase("ops/runbook.md", "its source matches phantoms.critical.sources")]
    [TestCase("docs/guide.md", null)]
    [TestCase("docs/x.sh.md", null)]
    [TestCase(".github/workflows", null)]
    public void A_source_has_the_first_reason_that_matches(string source, string? expected)
    {
        Assert.That(Classifier.SourceReason(source), Is.EqualTo(expected));
        Assert.That(Classifier.Reason(source, "tools/x.py"), Is.EqualTo(expected));
    }

    [TestCase("docs/deploy.md", "tools/x.py")]
    [TestCase("docs/guide.md", "tools/DEPLOY.py")]
    public void Otherwise_a_keyword_in_the_source_or_the_reference_decides(string source, string reference)
    {
        Assert.That(Classifier.SourceReason(source), Is.Null);
        Assert.That(Classifier.Reason(source, reference), Is.EqualTo("it involves the critical keyword 'deploy'"));
        Assert.That(Classifier.Reason("scripts/a.sh", reference), Is.EqualTo("it is run from a script"), "the source's reason comes first");
    }

    [Test]
    public void Without_settings_only_the_defaults_count()
    {
        var plain = new CriticalClassifier(new CriticalConfig());
        Assert.That(plain.SourceReason("ops/runbook.md"), Is.Null);
        Assert.That(plain.Reason("docs/deploy.md", "deploy.sh"), Is.Null);
        Assert.That(plain.SourceReason("ci/build.mk"), Is.EqualTo("it is run from a build file"));
    }
}
