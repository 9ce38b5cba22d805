using Maia.Sre.Ci.Configuration;

namespace Maia.Sre.Ci.Engine.Tests.History;

/// <summary>The <c>phantoms.history</c> section: defaults, values, and positioned errors.</summary>
public sealed class HistoryConfigTests
{
    [Test]
    public void Defaults_are_5000_commits_or_2_seconds_and_both_can_be_set()
    {
        var defaults = ConfigLoader.Parse("{}", "f").Phantoms.History;
        var set = ConfigLoader.Parse("{ \"phantoms\": { \"history\": { \"maxCommits\": 200, \"maxSeconds\": 0.5 } } }", "f").Phantoms.History;
        var off = ConfigLoader.Parse("{ \"phantoms\": { \"history\": { \"maxCommits\": 0 } } }", "f").Phantoms.History;
        Assert.Multiple(() =>
        {
            Assert.That((defaults.MaxCommits, defaults.MaxSeconds, defaults.Enabled), Is.EqualTo((5000, 2.0, true)));
            Assert.That((set.MaxCommits, set.MaxSeconds), Is.EqualTo((200, 0.5)));
            Assert.That(off.Enabled, Is.False);
        });
    }

    [TestCase("{\"phantoms\": {\"history\": {\"maxCommit\": 1}}}", "unknown key 'maxCommit' in 'phantoms.history'; did you mean 'maxCommits'?")]
    [TestCase("{\"phantoms\": {\"history\": {\"maxCommits\": -1}}}", "'phantoms.history.maxCommits' must be between 0 and 1000000")]
    [TestCase("{\"phantoms\": {\"history\": {\"maxCommits\": 1.5}}}", "'phantoms.history.maxCommits' must be a whole number")]
    [TestCase("{\"phantoms\": {\"history\": {\"maxSeconds\": 0}}}", "'phantoms.history.maxSeconds' must be between 0.1 and 600")]
    [TestCase("{\"phantoms\": {\"history\": true}}", "'phantoms.history' must be an object")]
    public void Mistakes_are_named(string json, string message)
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(json, ".maia-sre.json"))!;
        Assert.That(ex.Message, Does.Contain(message));
    }

    [Test]
    public void The_schema_documents_the_section_with_the_same_defaults()
    {
        var schema = File.ReadAllText(Path.Combine(TestSupport.RepoPaths.Root, "schema", "maia-sre.schema.json"));
        using var json = System.Text.Json.JsonDocument.Parse(schema);
        var history = json.RootElement.GetProperty("properties").GetProperty("phantoms").GetProperty("properties").GetProperty("history").GetProperty("properties");
        Assert.Multiple(() =>
        {
            Assert.That(history.GetProperty("maxCommits").GetProperty("default").GetInt32(), Is.EqualTo(HistoryConfig.DefaultMaxCommits));
            Assert.That(history.GetProperty("maxSeconds").GetProperty("default").GetDouble(), Is.EqualTo(HistoryConfig.DefaultMaxSeconds));
            Assert.That(history.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "maxCommits", "maxSeconds" }));
        });
    }
}
