using System.Diagnostics;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// The packed tool installed from a local feed in each way the README shows, then run on a copy of the demo sample,
/// where it must exit 1 and print the canonical lines. Mirrors the "dotnet tool" section of docs/install.md, adding only the
/// local feed (the README installs from the public registry).
/// </summary>
public sealed class ToolInstallTests
{
    private DotnetSandbox sandbox = null!;

    [SetUp]
    public void CreateSandbox()
    {
        _ = PackedFeed.Folder;
        sandbox = new DotnetSandbox();
    }

    [TearDown]
    public void DeleteSandbox() => sandbox.Dispose();

    [Test]
    public void Installed_into_a_tool_path_it_fails_on_the_samples_phantoms()
    {
        using var repo = DemoSample.Copy();
        var tools = Path.Combine(sandbox.Root, "tools");
        Timed("install --tool-path", () => sandbox.Dotnet(repo.Root, "tool", "install", "--tool-path", tools, "Maia.Sre.Ci.Tool", "--add-source", PackedFeed.Folder));
        DemoSample.AssertFailedOnPhantoms(sandbox.Run(Path.Combine(tools, "maia-sre"), repo.Root, "check"));
    }

    [Test]
    public void Installed_with_SDK_10_it_runs_the_net10_build_on_its_precompiled_code()
    {
        using var repo = DemoSample.Copy();
        var tools = Path.Combine(sandbox.Root, "tools");
        Timed("install --tool-path", () => sandbox.Dotnet(repo.Root, "tool", "install", "--tool-path", tools, "Maia.Sre.Ci.Tool", "--add-source", PackedFeed.Folder));
        // The runtime's JIT log names every method it compiles. ReadyToRun code it accepts is not compiled again, so the
        // engine's and the command line's own methods must be absent (the net8.0 build, IL only, would have them all);
        // generic instantiations over their types are not precompiled, which also shows the log was written.
        var log = Path.Combine(sandbox.Root, "jit.txt");
        var environment = new Dictionary<string, string?>(sandbox.Environment) { ["DOTNET_JitStdOutFile"] = log, ["DOTNET_JitDisasmSummary"] = "1" };
        DemoSample.AssertFailedOnPhantoms(ProcessRun.Run(Path.Combine(tools, "maia-sre"), ["check"], repo.Root, environment));
        var compiled = File.ReadAllLines(log).Where(l => l.Contains("JIT compiled", StringComparison.Ordinal)).ToList();
        Assert.That(compiled, Is.Not.Empty, "the JIT log was written");
        var own = compiled.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"JIT compiled Maia\.Sre\.Ci\.[A-Za-z.]+:")).ToList();
        Assert.That(own, Is.Empty, "methods of maia-sre's own types compiled at run time:\n" + string.Join("\n", own.Take(20)));
    }

    [Test]
    public void Installed_globally_it_fails_on_the_samples_phantoms()
    {
        using var repo = DemoSample.Copy();
        Timed("install --global", () => sandbox.Dotnet(repo.Root, "tool", "install", "--global", "Maia.Sre.Ci.Tool", "--add-source", PackedFeed.Folder));
        var shim = Path.Combine(sandbox.Environment["DOTNET_CLI_HOME"]!, ".dotnet", "tools", "maia-sre");
        DemoSample.AssertFailedOnPhantoms(sandbox.Run(shim, repo.Root, "check"));
    }

    [Test]
    public void Pinned_in_a_local_tool_manifest_it_restores_and_fails_on_the_samples_phantoms()
    {
        using var repo = DemoSample.Copy();
        Timed("new tool-manifest", () => sandbox.Dotnet(repo.Root, "new", "tool-manifest"));
        Timed("install --local", () => sandbox.Dotnet(repo.Root, "tool", "install", "--local", "Maia.Sre.Ci.Tool", "--add-source", PackedFeed.Folder));
        var manifest = Directory.GetFiles(repo.Root, "dotnet-tools.json", SearchOption.AllDirectories).Single();
        Assert.That(File.ReadAllText(manifest), Does.Contain("\"maia.sre.ci.tool\"").IgnoreCase.And.Contain(PackedFeed.ToolVersion));

        // A fresh clone has the manifest but no packages: restore them from the feed into an empty package folder.
        Directory.Delete(sandbox.Environment["NUGET_PACKAGES"]!, recursive: true);
        Timed("tool restore", () => sandbox.Dotnet(repo.Root, "tool", "restore", "--add-source", PackedFeed.Folder));
        DemoSample.AssertFailedOnPhantoms(sandbox.Dotnet(repo.Root, "maia-sre", "check"));
    }

    [Test]
    public void Run_once_with_dotnet_tool_exec_it_fails_on_the_samples_phantoms()
    {
        using var repo = DemoSample.Copy();
        var run = Timed("tool exec", () => sandbox.Dotnet(repo.Root, "tool", "exec", $"Maia.Sre.Ci.Tool@{PackedFeed.ToolVersion}", "--source", PackedFeed.Folder, "--yes", "--", "check"), expectSuccess: false);
        DemoSample.AssertFailedOnPhantoms(run);
    }

    [Test]
    public void Run_once_with_dnx_it_fails_on_the_samples_phantoms()
    {
        using var repo = DemoSample.Copy();
        var run = Timed("dnx", () => sandbox.Run(Dnx(), repo.Root, $"Maia.Sre.Ci.Tool@{PackedFeed.ToolVersion}", "--source", PackedFeed.Folder, "--yes", "--", "check"), expectSuccess: false);
        DemoSample.AssertFailedOnPhantoms(run);
    }

    /// <summary>The SDK's <c>dnx</c> script, beside the real <c>dotnet</c> executable (.NET 10 SDK and later).</summary>
    private static string Dnx()
    {
        var dotnet = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "dotnet"))
            .First(File.Exists);
        var real = new FileInfo(dotnet).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dotnet;
        var dnx = Path.Combine(Path.GetDirectoryName(real)!, "dnx");
        Assert.That(dnx, Does.Exist, "the .NET 10 SDK (global.json) ships dnx beside dotnet");
        return dnx;
    }

    private static ProcessRun.Result Timed(string what, Func<ProcessRun.Result> run, bool expectSuccess = true)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        TestContext.Progress.WriteLine($"{what}: {watch.Elapsed.TotalSeconds:F1} s");
        if (expectSuccess)
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), $"{what}: {result}");
        }

        return result;
    }
}
