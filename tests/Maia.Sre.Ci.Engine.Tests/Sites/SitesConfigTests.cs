using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Sites;

namespace Maia.Sre.Ci.Engine.Tests.Sites;

/// <summary><c>phantoms.sites</c>: what it accepts, and a clear error naming the entry for what it does not.</summary>
public sealed class SitesConfigTests
{
    private static ConfigException Fails(string sites) =>
        Assert.Throws<ConfigException>(() => ConfigLoader.Parse("{\"phantoms\": {\"sites\": " + sites + "}}", ".maia-sre.json"))!;

    [Test]
    public void Entries_name_root_generator_prefix_and_static_folders()
    {
        var config = ConfigLoader.Parse("{\"phantoms\": {\"sites\": [{\"root\": \"site/content/\", \"generator\": \"hugo\", \"urlPrefix\": \"/docs/\", \"static\": [\"site/static\"]}, {\"root\": \".\"}]}}", "f");
        Assert.That(config.Phantoms.Sites, Has.Count.EqualTo(2));
        var (hugo, plain) = (config.Phantoms.Sites[0], config.Phantoms.Sites[1]);
        Assert.Multiple(() =>
        {
            Assert.That((hugo.Root, hugo.Generator, hugo.UrlPrefix, hugo.Static.Single()), Is.EqualTo(("site/content", SiteGenerator.Hugo, "/docs/", "site/static")));
            Assert.That((plain.Root, plain.Generator, plain.UrlPrefix, plain.Static.Count), Is.EqualTo(("", SiteGenerator.Configured, "/", 0)));
        });
    }

    [TestCase("{}", "'phantoms.sites' must be an array of site objects, not an object")]
    [TestCase("[{\"urlPrefix\": \"/docs/\"}]", "'phantoms.sites[0]' needs a 'root'")]
    [TestCase("[{\"root\": \"../other\"}]", "'phantoms.sites[0].root': '../other' must be a folder relative to the repository root")]
    [TestCase("[{\"root\": \"/abs\"}]", "must be a folder relative to the repository root")]
    [TestCase("[{\"root\": \"docs\", \"urlPrefix\": \"docs/\"}]", "'phantoms.sites[0].urlPrefix' must be a URL path starting with '/'")]
    [TestCase("[{\"root\": \"docs\", \"urlPrefix\": \"https://x.org/\"}]", "must be a URL path")]
    [TestCase("[{\"root\": \"docs\", \"generator\": \"gatsby\"}]", "phantoms.sites[0].generator")]
    [TestCase("[{\"root\": \"docs\", \"prefix\": \"/\"}]", "unknown key 'prefix'")]
    public void Bad_entries_are_errors_naming_the_entry(string sites, string message) =>
        Assert.That(Fails(sites).Message, Does.Contain(message));
}
