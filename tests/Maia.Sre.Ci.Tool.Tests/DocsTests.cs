using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>
/// We dogfood on our own docs: <c>maia-sre check</c> on this repository, failing on warnings, finds no phantom and no
/// broken anchor in the README, CONTRIBUTING.md, <c>docs/</c> (the rule pages included) or any other source. The
/// dogfood workflow runs the same check through the Action.
/// </summary>
public sealed class DocsTests
{
    [Test]
    public void Our_own_check_finds_no_phantom_or_broken_anchor_in_this_repository()
    {
        var outcome = CliHarness.InProcess(RepoPaths.Root, "check", "--rule-sets", "phantoms", "--root", RepoPaths.Root, "--fail-on", "warning", "--no-color");
        var failing = outcome.FindingLines.Where(l => !l.Contains(": info MSRE", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(failing, Is.Empty, "fix the link, or suppress an intended mention (docs/suppressions.md)");
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Out + outcome.Error);
        });
    }

    [TestCase("README.md")]
    [TestCase("docs/README.md")]
    [TestCase("CONTRIBUTING.md")]
    public void The_entry_points_exist_and_the_readme_stays_short(string path)
    {
        var file = new FileInfo(Path.Combine(RepoPaths.Root, path));
        Assert.That(file.Exists, Is.True);
        if (path == "README.md")
        {
            Assert.That(file.Length, Is.LessThan(10 * 1024), "a README a newcomer reads in two minutes: the rest belongs in docs/");
        }
    }

    /// <summary>Every page in <c>docs/</c> is reachable from the index (the rule pages through their own index).</summary>
    [Test]
    public void The_docs_index_links_every_page()
    {
        var index = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "README.md"));
        var pages = Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md").Select(Path.GetFileName).Where(n => n != "README.md");
        Assert.That(pages.Where(p => !index.Contains("](" + p + ")", StringComparison.Ordinal)), Is.Empty, "pages missing from docs/README.md");
        Assert.That(index, Does.Contain("](rules/README.md)"));
    }
}
