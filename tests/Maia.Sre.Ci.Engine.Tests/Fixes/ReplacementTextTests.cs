using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Fixes;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Engine.Tests.Fixes;

/// <summary>A new target written the way the old one was: relative stays relative, prefixes are kept.</summary>
public sealed class ReplacementTextTests
{
    private static readonly Inventory Files = new(["scripts/release/deploy.sh", "tools/ops/backup.sh", "infra/setup.sh", "ops/setup.sh", "docs/guide.md"]);

    [TestCase("scripts/deploy.sh", "scripts/deploy.sh", "scripts/release/deploy.sh", ReferenceKind.Tool, "scripts/release/deploy.sh")]
    [TestCase("./scripts/deploy.sh", "scripts/deploy.sh", "scripts/release/deploy.sh", ReferenceKind.Tool, "./scripts/release/deploy.sh")]
    [TestCase("../scripts/deploy.sh", "scripts/deploy.sh", "scripts/release/deploy.sh", ReferenceKind.Link, "../scripts/release/deploy.sh")]
    [TestCase("deploy.sh", "docs/deploy.sh", "scripts/release/deploy.sh", ReferenceKind.Link, "../scripts/release/deploy.sh")]
    [TestCase("$SCRIPT_DIR/deploy.sh", "scripts/deploy.sh", "scripts/release/deploy.sh", ReferenceKind.Tool, "$SCRIPT_DIR/release/deploy.sh")]
    [TestCase("$SCRIPT_DIR/../tools/backup.sh", "tools/backup.sh", "tools/ops/backup.sh", ReferenceKind.Tool, "$SCRIPT_DIR/../tools/ops/backup.sh")]
    [TestCase("${BASH_SOURCE%/*}/deploy.sh", "scripts/deploy.sh", "tools/ops/backup.sh", ReferenceKind.Tool, "${BASH_SOURCE%/*}/../tools/ops/backup.sh")]
    [TestCase("${{ github.workspace }}/scripts/deploy.sh", "scripts/deploy.sh", "scripts/release/deploy.sh", ReferenceKind.Tool, "${{ github.workspace }}/scripts/release/deploy.sh")]
    [TestCase("/scripts/deploy.sh", "scripts/deploy.sh", "scripts/release/deploy.sh", ReferenceKind.Link, "/scripts/release/deploy.sh")]
    [TestCase("Tools/Deploy.sh", "Tools/Deploy.sh", "tools/deploy.sh", ReferenceKind.Tool, "tools/deploy.sh")]
    [TestCase("./x.sh", "docs/x.sh", "tools/ops/backup.sh", ReferenceKind.Link, "../tools/ops/backup.sh")]
    public void The_written_form_is_kept(string written, string target, string newPath, ReferenceKind kind, string expected) =>
        Assert.That(ReplacementText.For(written, target, newPath, kind, Files), Is.EqualTo(expected));

    [Test]
    public void A_bare_name_stays_bare_when_it_names_one_file()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ReplacementText.For("backup.sh", "backup.sh", "tools/ops/backup.sh", ReferenceKind.Tool, Files), Is.Null, "same name: nothing to change");
            Assert.That(ReplacementText.For("deploy-all.sh", "deploy-all.sh", "scripts/release/deploy.sh", ReferenceKind.Tool, Files), Is.EqualTo("deploy.sh"));
            Assert.That(ReplacementText.For("setup-all.sh", "setup-all.sh", "ops/setup.sh", ReferenceKind.Sourced, Files), Is.EqualTo("ops/setup.sh"), "two setup.sh: the bare name would be ambiguous");
        });
    }

    [Test]
    public void A_reference_that_does_not_end_like_its_target_gets_nothing() =>
        Assert.That(ReplacementText.For("$ROOT/other.sh", "scripts/deploy.sh", "scripts/release/deploy.sh", ReferenceKind.Tool, Files), Is.Null);
}
