using Maia.Sre.Ci.Analysis;

namespace Maia.Sre.Ci.Engine.Tests;

public sealed class GitHubWebLinkTests
{
    [TestCase("README.md", "../../graphs/contributors", true)]
    [TestCase("README.md", "../../releases", true)]
    [TestCase("README.md", "./../../issues/new", true)]
    [TestCase("docs/versions.md", "../../v1.2.0/README.md", true)]
    [TestCase("README.md", "../v1.2.0/docs/x.md", true)]
    [TestCase("humanlayer-wui/RELEASE.md", "../../releases", false)] // /blob/releases: a ref and no file
    [TestCase("README.md", "../../nothing-here", false)]
    [TestCase("README.md", "../../../other/repo", false)]
    [TestCase("docs/a.md", "../b.md", false)]
    [TestCase("README.md", "/../x", false)]
    public void Links_above_the_files_reach_the_repository_pages(string source, string link, bool expected) =>
        Assert.That(GitHubWebLink.IsPlausible(source, link), Is.EqualTo(expected));

    [TestCase("../tree/HEAD/README.md", true)]
    [TestCase("blob/main/docs/x.md", true)]
    [TestCase("docs/tree/leaf.md", false)]
    [TestCase("../tree/HEAD", true)]
    public void Links_to_a_branchs_files_are_routes(string link, bool expected) =>
        Assert.That(GitHubWebLink.IsBranchRoute(link), Is.EqualTo(expected));
}
