using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Preflight;

namespace Maia.Sre.Ci.Engine.Tests.Preflight;

public sealed class PreflightConfigTests
{
    [Test]
    public void Defaults_follow_the_original_checker()
    {
        var config = new MaiaConfig().Preflight;
        Assert.That((config.Enabled, config.MinFreeDiskGb, config.Git.RequireWorkTree, config.Git.Identity, config.Git.OperationInProgress, config.Git.DetachedHead), Is.EqualTo((true, 1.0, true, (Severity?)Severity.Warning, (Severity?)Severity.Critical, (Severity?)Severity.Note)));
        Assert.That(config.CriticalSources, Does.Contain(".github/workflows/**").And.Contain(".claude/commands/**"));
    }

    [Test]
    public void Every_key_binds()
    {
        var config = ConfigLoader.Parse("""
            {"preflight": {"enabled": true, "minFreeDiskGb": 2.5, "commandTimeoutSeconds": 3, "criticalSources": ["ops/**"],
              "git": {"requireWorkTree": false, "identity": "off", "clean": "error", "operationInProgress": "warning", "detachedHead": "off", "shallow": "critical"},
              "requiredPaths": ["a.sh", {"path": "b/c.sh", "executable": true}],
              "requiredCommands": ["git", {"name": "dotnet", "minVersion": "8.0", "versionArgs": ["--version"]}],
              "writablePaths": ["out", "/tmp"]}}
            """, "f").Preflight;
        Assert.That(config.Git, Is.EqualTo(new GitPreflightConfig { RequireWorkTree = false, Identity = null, Clean = Severity.Error, OperationInProgress = Severity.Warning, DetachedHead = null, Shallow = Severity.Critical }));
        Assert.That(config.RequiredPaths, Is.EqualTo(new[] { new RequiredPath("a.sh"), new RequiredPath("b/c.sh", true) }));
        Assert.That(config.RequiredCommands.Select(c => (c.Name, c.MinVersion)), Is.EqualTo(new[] { ("git", (string?)null), ("dotnet", "8.0") }));
        Assert.That((config.MinFreeDiskGb, config.CommandTimeout, config.CriticalSources[0], config.WritablePaths.Count), Is.EqualTo((2.5, TimeSpan.FromSeconds(3), "ops/**", 2)));
    }

    [TestCase("""{"preflight": {"git": {"identity": "warn"}}}""", 1, 36, "'preflight.git.identity' must be one of critical, error, warning, note, off, not 'warn'")]
    [TestCase("""{"preflight": {"requiredCommands": ["bin/tool"]}}""", 1, 37, "must be a command name without folders or spaces")]
    [TestCase("""{"preflight": {"requiredCommands": [{"name": "node", "minVersion": "latest"}]}}""", 1, 68, "'latest' is not a version")]
    [TestCase("""{"preflight": {"requiredPaths": ["../outside.sh"]}}""", 1, 34, "must be a path relative to the repository root")]
    [TestCase("""{"preflight": {"requiredPaths": [{"executable": true}]}}""", 1, 34, "needs a 'path'")]
    [TestCase("""{"preflight": {"minFreeDiskGb": -1}}""", 1, 33, "between 0 and")]
    [TestCase("""{"preflight": {"gti": {}}}""", 1, 16, "did you mean 'git'?")]
    [TestCase("""{"preflight": {"criticalSources": ["/abs/**"]}}""", 1, 36, "is absolute")]
    public void Mistakes_are_positioned_errors(string json, int line, int column, string fragment)
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(json, ".maia-sre.json"))!;
        Assert.That((ex.Line, ex.Column), Is.EqualTo((line, column)), ex.Message);
        Assert.That(ex.Message, Does.Contain(fragment));
    }

    [TestCase("git version 2.39.5", "2.39.5")]
    [TestCase("Python 3.12.1", "3.12.1")]
    [TestCase("v20.11.0\n", "20.11.0")]
    [TestCase("tool x86_64 1.2 (abc.1.2.3.4.5)", "1.2")]
    public void Versions_are_found_in_version_output(string output, string expected) =>
        Assert.That(ToolVersion.Find(output)?.ToString(), Is.EqualTo(expected));

    [TestCase("8", "8.0.0", 0)]
    [TestCase("8.0.1", "8.0", 1)]
    [TestCase("2.9", "2.10", -1)]
    public void Versions_compare_part_by_part(string a, string b, int sign) =>
        Assert.That(Math.Sign(ToolVersion.Parse(a).CompareTo(ToolVersion.Parse(b))), Is.EqualTo(sign));
}
