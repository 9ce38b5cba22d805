using Maia.Sre.Ci.Configuration;

namespace Maia.Sre.Ci.Engine.Tests;

public sealed class ServicesConfigTests
{
    [Test]
    public void The_services_section_is_read_with_defaults_for_what_is_left_out()
    {
        var config = ConfigLoader.Parse("""{ "services": { "launchd": ["agents/*.plist"], "continuousSlo": 99.5, "systemdScope": "system" } }""", "c.json").Services;
        Assert.That(config.Launchd, Is.EqualTo(new[] { "agents/*.plist" }));
        Assert.That(config.ContinuousSlo, Is.EqualTo(99.5));
        Assert.That(config.ScheduledSlo, Is.EqualTo(95));
        Assert.That(config.SystemdScope, Is.EqualTo("system"));
    }

    [TestCase("""{ "services": { "timeout": 5 } }""", "c.json(1,17): error MSRE0001: unknown key 'timeout' in 'services'")]
    [TestCase("""{ "services": { "systemdScope": "users" } }""", "did you mean 'user'?")]
    [TestCase("""{ "services": { "scheduledSlo": 100 } }""", "'services.scheduledSlo' must be between 0 and 99.9999")]
    public void Mistakes_are_positioned_errors(string json, string message)
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(json, "c.json"));
        Assert.That(ex!.Message, Does.Contain(message));
    }
}
