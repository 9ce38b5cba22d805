using System.IO.Compression;
using System.Text.RegularExpressions;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// The standalone native executable (<c>scripts/publish-native.sh</c>) behaves byte for byte like the dotnet tool as
/// packed (<c>scripts/pack.sh</c>, run with <c>dotnet</c>): on every fixture and on the demo sample, the same arguments
/// give the same exit code, the same standard output and error, and the same JSON, SARIF and JUnit files.
/// </summary>
public sealed partial class NativeBinaryTests
{
    private static readonly string[] Reports = ["report.json", "report.sarif", "report.junit.xml"];

    private TempRepo packedTool = null!;

    public static IEnumerable<string> Fixtures => Fixture.Names();

    /// <summary>
    /// The packed tool's .NET 8 build (<c>tools/net8.0/any/</c>), what <c>dotnet tool install</c> runs with SDK 8 and 9.
    /// SDK 10 installs the net10.0 build, which <see cref="ToolInstallTests"/> and the other hosts' tests run.
    /// </summary>
    [OneTimeSetUp]
    public void ExtractPackedTool()
    {
        packedTool = new TempRepo();
        using var zip = ZipFile.OpenRead(PackedFeed.ToolPackage);
        const string folder = "tools/net8.0/any/";
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal) && e.Name.Length > 0))
        {
            var target = Path.Combine(packedTool.Root, entry.FullName[folder.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target);
        }

        Assert.That(Path.Combine(packedTool.Root, "maia-sre.dll"), Does.Exist);
    }

    [OneTimeTearDown]
    public void DeletePackedTool() => packedTool.Dispose();

    [Test]
    public void The_output_folder_holds_only_the_executable()
    {
        Assert.That(Directory.GetFileSystemEntries(NativeBinary.Folder), Is.EqualTo(new[] { NativeBinary.Executable }),
            "no .dbg, .pdb or managed assemblies: a framework-dependent or non-AOT build could not run from this one file");
    }

    [Test]
    public void Its_version_is_the_dotnet_tools()
    {
        using var cwd = new TempRepo();
        var native = ProcessRun.Run(NativeBinary.Executable, ["--version"], cwd.Root);
        var tool = Dotnet(cwd.Root, ["--version"]);
        Assert.Multiple(() =>
        {
            Assert.That(native.ExitCode, Is.EqualTo(0), native.ToString());
            Assert.That(native.Out, Is.EqualTo(PackedFeed.ToolVersion + "\n"), "the version the package carries");
            Assert.That(native.Out, Is.EqualTo(tool.Out));
        });
    }

    [TestCaseSource(nameof(Fixtures))]
    public void On_a_fixture_it_reports_what_the_dotnet_tool_reports(string name)
    {
        var fixture = Fixture.Load(name);
        using var repo = fixture.CopyToTemp();
        // As FixtureHostTests: phantom scenarios in folders that are not git work trees, so preflight is left out.
        var ownRuleSets = fixture.Args.Contains("--rule-sets");
        string[] ruleSets = ownRuleSets ? [] : ["--rule-sets", "phantoms,services"];
        var check = AssertSameRun(repo.Root, ["check", "--root", repo.Root, "--no-color", "--fail-on", "never", .. ruleSets, .. fixture.Args]);
        var expected = File.Exists(fixture.ExpectedPath) ? File.ReadAllLines(fixture.ExpectedPath).Where(l => l.Length > 0).ToList() : [];
        Assert.That(FindingLines(check.Out), Is.EqualTo(expected), "the native binary prints the fixture's expected findings");

        if (!ownRuleSets)
        {
            // The phantoms command with a fail level most fixtures reach, so exit codes 0 and 1 are both compared.
            AssertSameRun(repo.Root, ["phantoms", "--root", repo.Root, "--no-color", "--fail-on", "warning", .. fixture.Args]);
        }
    }

    [Test]
    public void On_the_demo_sample_check_reports_what_the_dotnet_tool_reports()
    {
        // A git repository, as users run it: preflight's git checks run git from the native binary too.
        using var repo = DemoSample.Copy().InitGit();
        var check = AssertSameRun(repo.Root, ["check", "--no-color"]);
        DemoSample.AssertFailedOnPhantoms(check);
    }

    [Test]
    public void On_the_demo_sample_phantoms_reports_what_the_dotnet_tool_reports()
    {
        using var repo = DemoSample.Copy();
        var phantoms = AssertSameRun(repo.Root, ["phantoms", "--root", repo.Root, "--no-color", "--critical-only"]);
        Assert.That(phantoms.ExitCode, Is.EqualTo(1), phantoms.ToString());
    }

    [TestCase("publish-native.sh")]
    [TestCase("pack-native-tool.sh")]
    public void Without_a_c_compiler_the_script_stops_with_a_clear_message(string script)
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("the toolchain check names the Linux tools");
        }

        // A PATH with only what the script needs before its toolchain check: no clang, gcc or dotnet.
        using var bin = new TempRepo();
        foreach (var tool in new[] { "dirname", "uname" })
        {
            File.CreateSymbolicLink(Path.Combine(bin.Root, tool), Which(tool));
        }

        var run = ProcessRun.Run(Which("bash"), [Path.Combine(RepoPaths.Root, "scripts", script)], RepoPaths.Root, new Dictionary<string, string?> { ["PATH"] = bin.Root });
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
            Assert.That(run.Out, Is.Empty);
            Assert.That(run.Error, Does.StartWith(script + ": no C compiler and linker (clang or gcc) on PATH"));
        });
    }

    /// <summary>
    /// Runs the native binary, then the packed tool, with the same arguments plus <c>--json</c>, <c>--sarif</c> and
    /// <c>--junit</c> (the same report paths, outside the scanned folder), asserts everything they produced is identical,
    /// and returns the native run.
    /// </summary>
    private ProcessRun.Result AssertSameRun(string cwd, string[] args)
    {
        using var reports = new TempRepo();
        string[] withReports = [.. args, "--json", Path.Combine(reports.Root, Reports[0]), "--sarif", Path.Combine(reports.Root, Reports[1]), "--junit", Path.Combine(reports.Root, Reports[2])];

        var native = ProcessRun.Run(NativeBinary.Executable, withReports, cwd);
        var nativeReports = TakeReports(reports.Root);
        var tool = Dotnet(cwd, withReports);
        var toolReports = TakeReports(reports.Root);

        var what = "maia-sre " + string.Join(' ', args);
        Assert.Multiple(() =>
        {
            Assert.That(native.ExitCode, Is.EqualTo(tool.ExitCode), $"{what}: exit code\n--- native\n{native}\n--- dotnet tool\n{tool}");
            Assert.That(WithoutFreeSpace(native.Out), Is.EqualTo(WithoutFreeSpace(tool.Out)), $"{what}: standard output");
            Assert.That(native.Error, Is.EqualTo(tool.Error), $"{what}: standard error");
            foreach (var report in Reports)
            {
                Assert.That(nativeReports[report], Is.EqualTo(toolReports[report]), () => $"{what}: {report} differs: {FirstDifference(nativeReports[report], toolReports[report])}");
            }

            Assert.That(System.Text.Encoding.UTF8.GetString(nativeReports["report.sarif"]), Does.Contain("\"results\": ["), $"{what}: the SARIF has a run with results, not {{}}");
        });
        return native;
    }

    private static Dictionary<string, byte[]> TakeReports(string folder)
    {
        var taken = new Dictionary<string, byte[]>();
        foreach (var report in Reports)
        {
            var path = Path.Combine(folder, report);
            Assert.That(path, Does.Exist, $"{report} was written");
            taken[report] = File.ReadAllBytes(path);
            File.Delete(path);
        }

        return taken;
    }

    private static string FirstDifference(byte[] native, byte[] tool)
    {
        var at = 0;
        while (at < native.Length && at < tool.Length && native[at] == tool[at])
        {
            at++;
        }

        string Around(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes, Math.Max(0, at - 40), Math.Min(bytes.Length, at + 40) - Math.Max(0, at - 40));
        return $"first at byte {at} of {native.Length} (native) and {tool.Length} (dotnet tool)\n--- native\n{Around(native)}\n--- dotnet tool\n{Around(tool)}";
    }

    private ProcessRun.Result Dotnet(string cwd, string[] args) =>
        ProcessRun.Run("dotnet", [Path.Combine(packedTool.Root, "maia-sre.dll"), .. args], cwd);

    private static List<string> FindingLines(string output) =>
        output.Split('\n').Where(l => FindingLine().IsMatch(l)).ToList();

    /// <summary>
    /// Preflight's passed disk check prints the volume's free space, which anything writing to the disk between the two
    /// runs changes; only that figure is blanked (it is not in the reports).
    /// </summary>
    internal static string WithoutFreeSpace(string output) => FreeSpace().Replace(output, "${1}N GB free");

    private static string Which(string tool) =>
        Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator).Select(dir => Path.Combine(dir, tool)).First(File.Exists);

    [GeneratedRegex(@": (error|warning|info) MSRE\d{4}: ")]
    private static partial Regex FindingLine();

    [GeneratedRegex(@"(MSRE2012 disk\.free-space: )[0-9.,]+ GB free")]
    private static partial Regex FreeSpace();
}
