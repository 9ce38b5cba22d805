using Maia.Sre.Ci.Configuration;

namespace Maia.Sre.Ci.Engine.Tests;

public sealed class ConfigLoaderTests
{
    private static ConfigException Fails(string json) =>
        Assert.Throws<ConfigException>(() => ConfigLoader.Parse(json, ".maia-sre.json"))!;

    [Test]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var config = ConfigLoader.Parse("{\n // c\n \"phantoms\": { /* x */ \"spofThreshold\": 3, },\n}", "f");
        Assert.That(config.Phantoms.SpofThreshold, Is.EqualTo(3));
    }

    [Test]
    public void Unknown_key_names_position_and_suggests()
    {
        var ex = Fails("{\n  \"phantoms\": {\n    \"sorces\": []\n  }\n}");
        Assert.That((ex.Line, ex.Column), Is.EqualTo((3, 5)));
        Assert.That(ex.Message, Is.EqualTo(".maia-sre.json(3,5): error MSRE0001: unknown key 'sorces' in 'phantoms'; did you mean 'sources'?"));
    }

    [TestCase("{\"phantoms\": {\"spofThreshold\": \"5\"}}", 1, 32, "'phantoms.spofThreshold' must be a number, not a string")]
    [TestCase("{\"phantoms\": {\"sources\": [1]}}", 1, 27, "'phantoms.sources[]' must be a string, not a number")]
    [TestCase("{\"phantoms\": {\"sources\": [\"docs/{a,b}.md\"]}}", 1, 27, "braces")]
    [TestCase("{\"phantoms\": {\"extensions\": [\"py\"]}}", 1, 30, "write it with its dot")]
    [TestCase("{\"phantoms\": []}", 1, 14, "'phantoms' must be an object, not an array")]
    [TestCase("[]", 1, 1, "must be an object")]
    [TestCase("", 1, 1, "empty")]
    [TestCase("{\"phantoms\": {", 1, 15, "invalid JSON")]
    [TestCase("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key 'a'")]
    [TestCase("{\"phantoms\": {\"spofThreshold\": 0}}", 1, 32, "between 1 and")]
    public void Mistakes_are_positioned_errors(string json, int line, int column, string fragment)
    {
        var ex = Fails(json);
        Assert.That((ex.Line, ex.Column), Is.EqualTo((line, column)), ex.Message);
        Assert.That(ex.Message, Does.Contain(fragment));
    }

    [Test]
    public void Missing_default_file_gives_defaults_but_missing_explicit_file_is_an_error()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        Assert.That(ConfigLoader.Load(dir, null).Path, Is.Null);
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(dir, Path.Combine(dir, "nope.json"), "nope.json"))!;
        Assert.That(ex.Message, Is.EqualTo("nope.json: error MSRE0001: file not found"));
        Directory.Delete(dir, true);
    }
}
