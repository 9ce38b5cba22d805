using System.IO.Compression;
using System.Xml.Linq;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// The native build as the second dotnet tool package, <c>Maia.Sre.Ci.Tool.Native</c> (<c>scripts/pack-native-tool.sh</c>):
/// a pointer package naming the linux-x64 package, which holds the Native AOT executable. Installed with
/// <c>dotnet tool install</c>, its <c>maia-sre</c> is that executable and prints what the portable tool prints.
/// </summary>
public sealed class NativeToolTests
{
    private const string Id = "Maia.Sre.Ci.Tool.Native";

    private static string PointerName => $"{Id}.{PackedFeed.ToolVersion}.nupkg";

    private static string RidPackageName => $"{Id}.{NativeToolFeed.Rid}.{PackedFeed.ToolVersion}.nupkg";

    private DotnetSandbox sandbox = null!;

    [SetUp]
    public void CreateSandbox()
    {
        _ = PackedFeed.Folder;
        _ = NativeToolFeed.Folder;
        sandbox = new DotnetSandbox();
    }

    [TearDown]
    public void DeleteSandbox() => sandbox.Dispose();

    [Test]
    public void The_feed_holds_the_pointer_package_and_the_linux_x64_package_and_the_script_prints_their_paths()
    {
        var files = Directory.GetFileSystemEntries(NativeToolFeed.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(files, Is.EqualTo(new[] { PointerName, RidPackageName }), "the same version as the portable tool");
            Assert.That(NativeToolFeed.Printed.TakeLast(2), Is.EqualTo(new[] { Path.Combine(NativeToolFeed.Folder, PointerName), Path.Combine(NativeToolFeed.Folder, RidPackageName) }), "the last two lines");
        });
    }

    [Test]
    public void The_pointer_package_is_a_dotnet_tool_that_names_the_linux_x64_package()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(NativeToolFeed.Folder, PointerName));
        var metadata = Metadata(zip);
        var settings = XDocument.Parse(Entry(zip, "tools/any/any/DotnetToolSettings.xml"));
        var ridPackages = settings.Descendants("RuntimeIdentifierPackage").Select(e => (e.Attribute("RuntimeIdentifier")?.Value, e.Attribute("Id")?.Value));
        Assert.Multiple(() =>
        {
            Assert.That(Field(metadata, "id"), Is.EqualTo(Id));
            Assert.That(Field(metadata, "version"), Is.EqualTo(PackedFeed.ToolVersion));
            Assert.That(PackageTypes(metadata), Is.EqualTo(new[] { "DotnetTool" }));
            Assert.That(Field(metadata, "description"), Does.Contain("native build").And.Contain("phantom dependencies"));
            Assert.That(settings.Descendants("Command").Select(e => e.Attribute("Name")?.Value), Is.EqualTo(new[] { "maia-sre" }));
            Assert.That(ridPackages, Is.EqualTo(new (string?, string?)[] { (NativeToolFeed.Rid, $"{Id}.{NativeToolFeed.Rid}") }));
            Assert.That(zip.Entries.Select(e => e.FullName), Has.None.EndsWith(".dll").And.None.EndsWith("/maia-sre"), "the pointer package holds no program");
        });
    }

    [Test]
    public void The_linux_x64_package_holds_the_native_executable_only()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(NativeToolFeed.Folder, RidPackageName));
        var metadata = Metadata(zip);
        var command = XDocument.Parse(Entry(zip, $"tools/any/{NativeToolFeed.Rid}/DotnetToolSettings.xml")).Descendants("Command").Single();
        var tools = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tools/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(Field(metadata, "id"), Is.EqualTo($"{Id}.{NativeToolFeed.Rid}"));
            Assert.That(PackageTypes(metadata), Is.EqualTo(new[] { "DotnetToolRidPackage" }));
            Assert.That((command.Attribute("Name")?.Value, command.Attribute("EntryPoint")?.Value, command.Attribute("Runner")?.Value), Is.EqualTo(("maia-sre", "maia-sre", "executable")));
            Assert.That(tools, Is.EqualTo(new[] { $"tools/any/{NativeToolFeed.Rid}/DotnetToolSettings.xml", $"tools/any/{NativeToolFeed.Rid}/maia-sre" }), "no .dll, .pdb or .dbg beside the executable");
        });
    }

    [Test]
    public void Installed_into_a_tool_path_it_is_the_native_executable_and_prints_what_the_portable_tool_prints()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            Assert.Ignore("the native tool is packed and installed for linux-x64 only");
        }

        using var repo = DemoSample.Copy();
        var native = Install(repo.Root, Id, NativeToolFeed.Folder, "native");
        var portable = Install(repo.Root, "Maia.Sre.Ci.Tool", PackedFeed.Folder, "portable");

        var executable = new FileInfo(native).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? native;
        using (var file = File.OpenRead(executable))
        {
            var magic = new byte[4];
            file.ReadExactly(magic);
            Assert.That(magic, Is.EqualTo(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }), $"{native} -> {executable} is an ELF executable");
        }

        Assert.That(executable, Does.EndWith($"/tools/any/{NativeToolFeed.Rid}/maia-sre"), "the command links to the executable in the linux-x64 package, not to a shim");
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(executable)!, "*.dll", SearchOption.AllDirectories), Is.Empty, "no managed assemblies beside it: it runs without the .NET runtime");

        var nativeRun = sandbox.Run(native, repo.Root, "check", "--no-color");
        var portableRun = sandbox.Run(portable, repo.Root, "check", "--no-color");
        DemoSample.AssertFailedOnPhantoms(nativeRun);
        Assert.That(NativeBinaryTests.WithoutFreeSpace(nativeRun.Out), Is.EqualTo(NativeBinaryTests.WithoutFreeSpace(portableRun.Out)), $"--- native\n{nativeRun}\n--- portable\n{portableRun}");

        var nativeVersion = sandbox.Run(native, repo.Root, "--version");
        var portableVersion = sandbox.Run(portable, repo.Root, "--version");
        Assert.Multiple(() =>
        {
            Assert.That(nativeVersion.ExitCode, Is.EqualTo(0), nativeVersion.ToString());
            Assert.That(nativeVersion.Out, Is.EqualTo(PackedFeed.ToolVersion + "\n"));
            Assert.That(nativeVersion.Out, Is.EqualTo(portableVersion.Out));
        });
    }

    [Test]
    public void A_plain_root_pack_yields_only_the_portable_tool_package()
    {
        using var output = new TempRepo();
        var pack = ProcessRun.Run("dotnet", ["pack", "-c", "Release", "-o", output.Root, "-nologo", "-v:q", "-clp:NoSummary"], RepoPaths.Root, timeoutSeconds: 600);
        Assert.That(pack.ExitCode, Is.EqualTo(0), pack.ToString());
        Assert.That(Directory.GetFileSystemEntries(output.Root).Select(Path.GetFileName), Is.EqualTo(new[] { $"Maia.Sre.Ci.Tool.{PackedFeed.ToolVersion}.nupkg" }),
            "pre-commit installs every package a plain root pack yields as a tool: neither the native tool nor the MSBuild package may come out of it");
    }

    private string Install(string cwd, string id, string feed, string folder)
    {
        var tools = Path.Combine(sandbox.Root, folder);
        var install = sandbox.Dotnet(cwd, "tool", "install", "--tool-path", tools, id, "--add-source", feed);
        Assert.That(install.ExitCode, Is.EqualTo(0), $"install {id}: {install}");
        var command = Path.Combine(tools, "maia-sre");
        Assert.That(command, Does.Exist, $"install {id}: {install}");
        return command;
    }

    private static XElement Metadata(ZipArchive zip)
    {
        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Field(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";

    private static IEnumerable<string?> PackageTypes(XElement metadata) =>
        metadata.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => e.Attribute("name")?.Value);

    private static string Entry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        Assert.That(entry, Is.Not.Null, $"{name} is in the package");
        using var reader = new StreamReader(entry!.Open());
        return reader.ReadToEnd();
    }
}
