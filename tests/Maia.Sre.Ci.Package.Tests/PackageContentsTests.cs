using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>What is inside the packed tool: metadata a package page shows, the tool settings, the roll-forward policy.</summary>
public sealed class PackageContentsTests
{
    private static XElement Metadata()
    {
        using var zip = ZipFile.OpenRead(PackedFeed.ToolPackage);
        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var root = XDocument.Load(nuspec).Root!;
        return root.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Field(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";

    private static string Entry(string name)
    {
        using var zip = ZipFile.OpenRead(PackedFeed.ToolPackage);
        var entry = zip.GetEntry(name);
        Assert.That(entry, Is.Not.Null, $"{name} is in the package");
        using var reader = new StreamReader(entry!.Open());
        return reader.ReadToEnd();
    }

    [Test]
    public void The_nuspec_carries_the_metadata_a_package_page_shows()
    {
        var metadata = Metadata();
        Assert.Multiple(() =>
        {
            Assert.That(Field(metadata, "id"), Is.EqualTo("Maia.Sre.Ci.Tool"));
            Assert.That(Field(metadata, "license"), Is.EqualTo("MIT"));
            Assert.That(metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")?.Value, Is.EqualTo("expression"));
            Assert.That(Field(metadata, "readme"), Is.EqualTo("README.md"));
            Assert.That(Field(metadata, "icon"), Is.EqualTo("icon.png"));
            Assert.That(Field(metadata, "projectUrl"), Does.StartWith("https://github.com/"));
            Assert.That(Field(metadata, "description"), Does.Contain("phantom dependencies"));
            Assert.That(Field(metadata, "tags").Split(' '), Does.Contain("pre-commit").And.Contain("sarif").And.Contain("github-actions"));
            Assert.That(metadata.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => e.Attribute("name")?.Value), Is.EqualTo(new[] { "DotnetTool" }));
        });
    }

    [Test]
    public void The_packed_readme_and_icon_are_the_repositorys()
    {
        Assert.That(Entry("README.md"), Is.EqualTo(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))));
        using var zip = ZipFile.OpenRead(PackedFeed.ToolPackage);
        using var icon = new MemoryStream();
        zip.GetEntry("icon.png")!.Open().CopyTo(icon);
        Assert.That(icon.ToArray(), Is.EqualTo(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "assets", "icon.png"))));
    }

    [Test]
    public void The_tool_settings_name_the_maia_sre_command()
    {
        var settings = XDocument.Parse(Entry("tools/net8.0/any/DotnetToolSettings.xml"));
        var command = settings.Descendants("Command").Single();
        Assert.Multiple(() =>
        {
            Assert.That(command.Attribute("Name")?.Value, Is.EqualTo("maia-sre"));
            Assert.That(command.Attribute("EntryPoint")?.Value, Is.EqualTo("maia-sre.dll"));
            Assert.That(command.Attribute("Runner")?.Value, Is.EqualTo("dotnet"));
        });
    }

    [Test]
    public void The_tool_rolls_forward_to_newer_major_runtimes()
    {
        using var config = JsonDocument.Parse(Entry("tools/net8.0/any/maia-sre.runtimeconfig.json"));
        var options = config.RootElement.GetProperty("runtimeOptions");
        Assert.Multiple(() =>
        {
            Assert.That(options.GetProperty("rollForward").GetString(), Is.EqualTo("Major"));
            Assert.That(options.GetProperty("framework").GetProperty("version").GetString(), Does.StartWith("8.0"));
        });
    }

    [Test]
    public void The_tool_folder_holds_no_test_assemblies_or_xml_docs()
    {
        using var zip = ZipFile.OpenRead(PackedFeed.ToolPackage);
        var tools = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tools/", StringComparison.Ordinal)).ToList();
        Assert.That(tools, Does.Contain("tools/net8.0/any/maia-sre.dll"));
        Assert.That(tools.Where(n => n.Contains("Tests", StringComparison.Ordinal) || n.Contains("nunit", StringComparison.OrdinalIgnoreCase) || (n.EndsWith(".xml", StringComparison.Ordinal) && !n.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal))), Is.Empty, string.Join("\n", tools));
    }

    [Test]
    public void The_actions_default_version_is_the_packed_version()
    {
        var action = File.ReadAllText(Path.Combine(RepoPaths.Root, "action.yml"));
        Assert.That(action, Does.Contain($"default: '{PackedFeed.ToolVersion}'"), "action.yml's version input installs the tool released with it");
    }
}
