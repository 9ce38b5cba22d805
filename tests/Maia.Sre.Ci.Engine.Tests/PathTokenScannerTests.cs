using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Engine.Tests;

public sealed class PathTokenScannerTests
{
    private static readonly ExtensionSet Extensions = new(PhantomDefaults.Extensions);

    private static List<string> Tokens(string line)
    {
        var spans = new List<(int Start, int Length)>();
        PathTokenScanner.Scan(line, Extensions, spans);
        return spans.Select(s => line.Substring(s.Start, s.Length)).ToList();
    }

    [TestCase("run python3 tools/deploy.py now", "tools/deploy.py")]
    [TestCase("`./scripts/build.sh --fast`", "./scripts/build.sh")]
    [TestCase("python3 .claude/scripts/x.py", ".claude/scripts/x.py")]
    [TestCase("see deploy.sh.", "deploy.sh")]
    [TestCase("(tools/a.ps1)", "tools/a.ps1")]
    [TestCase("\"${REPO_ROOT}/tools/a.sh\"", "${REPO_ROOT}/tools/a.sh")]
    [TestCase("a.PY", "a.PY")]
    [TestCase("run tools/ünïcode-ñame.sh", "tools/ünïcode-ñame.sh")]
    [TestCase("run 工具/部署.py", "工具/部署.py")]
    [TestCase("x.Sh: y", "x.Sh")]
    public void Finds_one_token(string line, string expected) =>
        Assert.That(Tokens(line), Is.EqualTo(new[] { expected }));

    [TestCase("x.js.map and archive.sh.bak and module.pyc")]
    [TestCase("the shell-script folder x.sh/ holds")]
    [TestCase("nothing here at all")]
    [TestCase("x.shell and y.python")]
    [TestCase("x.shé and y.pyñ and z.ſh")]
    [TestCase("prettier --write '.vitepress/{config,navbars,sidebars}.ts'")]
    public void Finds_nothing(string line) => Assert.That(Tokens(line), Is.Empty);

    [Test]
    public void Finds_several_tokens_in_order() =>
        Assert.That(Tokens("a.sh; b/c.py && d.js"), Is.EqualTo(new[] { "a.sh", "b/c.py", "d.js" }));

    [Test]
    public void Longest_extension_wins() => Assert.That(Tokens("m.psm1 and s.bash"), Is.EqualTo(new[] { "m.psm1", "s.bash" }));

    [Test]
    public void A_five_megabyte_line_is_scanned_in_linear_time()
    {
        var line = string.Concat(Enumerable.Repeat("abc/def.sh ", 500_000));
        Assert.That(Tokens(line), Has.Count.EqualTo(500_000));
    }
}
