using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>Root aliases as prepared once per run: stripping a reference's prefix, and widening a token over an alias.</summary>
public sealed class RootAliasTests
{
    private static readonly RootAliases Defaults = new(PhantomDefaults.RootAliases);

    [TestCase("${REPO_ROOT}/tools/a.sh", "tools/a.sh")]
    [TestCase("$REPO_ROOT/tools/a.sh", "tools/a.sh")]
    [TestCase("${{ github.workspace }}/ci/run.sh", "ci/run.sh")]
    [TestCase("$(Build.SourcesDirectory)/build.ps1", "build.ps1")]
    [TestCase("$(git rev-parse --show-toplevel)/x.py", "x.py")]
    [TestCase("$HOME/tools/a.sh", null)]
    [TestCase("tools/a.sh", null)]
    [TestCase("", null)]
    public void The_defaults_strip_the_checkout_folder(string text, string? expected) =>
        Assert.That(Defaults.Strip(text), Is.EqualTo(expected));

    [Test]
    public void The_first_alias_in_the_list_wins_and_a_star_stands_for_one_folder_name()
    {
        var aliases = new RootAliases(["/Users/*/git/repo/", "/Users/me/", "${ROOT}/"]);
        Assert.Multiple(() =>
        {
            Assert.That(aliases.Strip("/Users/me/git/repo/tools/a.sh"), Is.EqualTo("tools/a.sh"));
            Assert.That(aliases.Strip("/Users/me/other/a.sh"), Is.EqualTo("other/a.sh"));
            Assert.That(aliases.Strip("/Users/a/b/git/repo/x.sh"), Is.Null, "a star never spans two folders");
            Assert.That(aliases.Strip("${ROOT}/x.sh"), Is.EqualTo("x.sh"));
            Assert.That(aliases.Strip("x.sh"), Is.Null);
        });
    }

    [Test]
    public void An_alias_that_starts_with_a_star_or_is_empty_is_tried_on_every_text()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new RootAliases(["*/checkout/"]).Strip("runner/checkout/a.sh"), Is.EqualTo("a.sh"));
            Assert.That(new RootAliases(["${ROOT}/", ""]).Strip("tools/a.sh"), Is.EqualTo("tools/a.sh"), "an empty alias matches at the start of anything");
            Assert.That(new RootAliases([]).Strip("tools/a.sh"), Is.Null);
        });
    }

    [TestCase("run ${{ github.workspace }}/ci/run.sh now", "/ci/run.sh", "${{ github.workspace }}/ci/run.sh")]
    [TestCase("& $(Build.SourcesDirectory)/build.ps1", "/build.ps1", "$(Build.SourcesDirectory)/build.ps1")]
    [TestCase("$(git rev-parse --show-toplevel)/x.py", "/x.py", "$(git rev-parse --show-toplevel)/x.py")] // the longest alias, at the window's first character
    [TestCase("bash ${REPO_ROOT}/tools/a.sh", "${REPO_ROOT}/tools/a.sh", "${REPO_ROOT}/tools/a.sh")]
    [TestCase("bash $HOME/tools/a.sh", "$HOME/tools/a.sh", "$HOME/tools/a.sh")]
    [TestCase("python3 tools/a.py # see $REPO_ROOT/", "tools/a.py", "tools/a.py")]
    public void A_token_is_widened_over_an_alias_it_cannot_cross(string line, string token, string expected)
    {
        var column = line.IndexOf(token, StringComparison.Ordinal) + 1;
        var reference = new RawReference(token, 1, column, token.Length, ReferenceKind.Tool);
        var shown = RootAliasSpan.Extend(line, reference, Defaults);
        Assert.Multiple(() =>
        {
            Assert.That(shown.Text, Is.EqualTo(expected));
            Assert.That(line.Substring(shown.Column - 1, shown.Length), Is.EqualTo(expected));
        });
    }

    [Test]
    public void Without_plain_aliases_or_at_the_start_of_the_line_a_token_stays_as_it_is()
    {
        var reference = new RawReference("/ci/run.sh", 1, 24, 10, ReferenceKind.Tool);
        Assert.Multiple(() =>
        {
            Assert.That(RootAliasSpan.Extend("${{ github.workspace }}/ci/run.sh", reference, new RootAliases(["/Users/*/repo/"])), Is.EqualTo(reference));
            var atStart = new RawReference("tools/a.sh", 1, 1, 10, ReferenceKind.Tool);
            Assert.That(RootAliasSpan.Extend("tools/a.sh", atStart, Defaults), Is.EqualTo(atStart));
        });
    }
}
