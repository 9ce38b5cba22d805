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

    /// <summary>The package's two builds: .NET 8 for SDKs and runtimes 8 and up, .NET 10 (with ReadyToRun code) for SDK 10.</summary>
    public static IEnumerable<string> Frameworks => ["net8.0", "net10.0"];

    [TestCaseSource(nameof(Frameworks))]
    public void The_tool_settings_name_the_maia_sre_command(string framework)
    {
        var settings = XDocument.Parse(Entry($"tools/{framework}/any/DotnetToolSettings.xml"));
        var command = settings.Descendants("Command").Single();
        Assert.Multiple(() =>
        {
            Assert.That(command.Attribute("Name")?.Value, Is.EqualTo("maia-sre"));
            Assert.That(command.Attribute("EntryPoint")?.Value, Is.EqualTo("maia-sre.dll"));
            Assert.That(command.Attribute("Runner")?.Value, Is.EqualTo("dotnet"));
        });
    }

    [TestCaseSource(nameof(Frameworks))]
    public void The_tool_rolls_forward_to_newer_major_runtimes(string framework)
    {
        using var config = JsonDocument.Parse(Entry($"tools/{framework}/any/maia-sre.runtimeconfig.json"));
        var options = config.RootElement.GetProperty("runtimeOptions");
        Assert.Multiple(() =>
        {
            Assert.That(options.GetProperty("rollForward").GetString(), Is.EqualTo("Major"));
            Assert.That(options.GetProperty("framework").GetProperty("version").GetString(), Does.StartWith(framework[3..] + "."));
        });
    }

    [Test]
    public void The_net10_assemblies_carry_ReadyToRun_code_for_the_packing_platform_and_the_net8_ones_are_IL_only()
    {
        using var zip = ZipFile.OpenRead(PackedFeed.ToolPackage);
        var assemblies = zip.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.That(assemblies.Select(e => e.Name).Distinct(), Is.SupersetOf(new[] { "maia-sre.dll", "Maia.Sre.Ci.Engine.dll", "Maia.Sre.Ci.Sarif.dll", "Sarif.dll", "Newtonsoft.Json.dll" }));
        Assert.Multiple(() =>
        {
            foreach (var entry in assemblies)
            {
                var (readyToRun, machine) = PeHeaders(entry);
                if (entry.FullName.StartsWith("tools/net10.0/any/", StringComparison.Ordinal))
                {
                    Assert.That(readyToRun, Is.True, $"{entry.FullName} has a ReadyToRun header");
                    // A ReadyToRun image marks its target operating system by XOR-ing the machine type with an OS constant.
                    Assert.That(machine, Is.EqualTo(ReadyToRunMachine()), $"{entry.FullName} is compiled for this platform");
                }
                else
                {
                    Assert.That(readyToRun, Is.False, $"{entry.FullName} is IL only");
                }
            }
        });
    }

    private static (bool ReadyToRun, ushort Machine) PeHeaders(ZipArchiveEntry entry)
    {
        using var bytes = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(bytes);
        var headers = pe.PEHeaders;
        return (headers.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, (ushort)headers.CoffHeader.Machine);
    }

    /// <summary>The machine type crossgen2 writes for this process's platform (the one the test run packed on).</summary>
    private static ushort ReadyToRunMachine()
    {
        ushort machine = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => 0x8664,
            System.Runtime.InteropServices.Architecture.Arm64 => 0xAA64,
            var other => throw new InconclusiveException($"no ReadyToRun machine type known here for {other}"),
        };
        ushort os = OperatingSystem.IsLinux() ? (ushort)0x7B79 : OperatingSystem.IsMacOS() ? (ushort)0x4644 : OperatingSystem.IsFreeBSD() ? (ushort)0xADC4 : (ushort)0;
        return (ushort)(machine ^ os);
    }

    [Test]
    public void The_tool_folder_holds_no_test_assemblies_or_xml_docs()
    {
        using var zip = ZipFile.OpenRead(PackedFeed.ToolPackage);
        var tools = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tools/", StringComparison.Ordinal)).ToList();
        Assert.That(tools, Does.Contain("tools/net8.0/any/maia-sre.dll").And.Contain("tools/net10.0/any/maia-sre.dll"));
        Assert.That(tools.Where(n => n.Contains("Tests", StringComparison.Ordinal) || n.Contains("nunit", StringComparison.OrdinalIgnoreCase) || (n.EndsWith(".xml", StringComparison.Ordinal) && !n.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal))), Is.Empty, string.Join("\n", tools));
    }

    [Test]
    public void The_actions_default_version_is_the_packed_version()
    {
        var action = File.ReadAllText(Path.Combine(RepoPaths.Root, "action.yml"));
        Assert.That(action, Does.Contain($"default: '{PackedFeed.ToolVersion}'"), "action.yml's version input installs the tool released with it");
    }
}
