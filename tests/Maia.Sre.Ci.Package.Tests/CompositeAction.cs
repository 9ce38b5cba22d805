using System.Text.Json;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// Runs this repository's <c>action.yml</c> through <c>composite-action.py</c>, which executes its steps the way the
/// runner does, with the tool installed from <see cref="ActionFeed"/> (the action's <c>source</c> input: the portable and
/// the native packages, as on nuget.org) into a sandbox with an empty NuGet cache.
/// </summary>
public sealed class CompositeAction : IDisposable
{
    private readonly DotnetSandbox sandbox = new();

    public sealed record Run(ProcessRun.Result Process, IReadOnlyDictionary<string, string> Outputs, string RunnerTemp);

    /// <summary>Runs the action in <paramref name="workspace"/> with the given inputs (plus <c>source</c> and <c>version</c> for the feed).</summary>
    public Run Invoke(string workspace, IReadOnlyDictionary<string, string> inputs, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var runnerTemp = Directory.CreateDirectory(Path.Combine(sandbox.Root, "runner-temp")).FullName;
        var outputsFile = Path.Combine(sandbox.Root, "outputs.json");
        var args = new List<string> { Path.Combine(RepoPaths.Root, "tests", "Maia.Sre.Ci.Package.Tests", "composite-action.py"), RepoPaths.Root, workspace, outputsFile };
        var all = new Dictionary<string, string> { ["source"] = ActionFeed.Folder, ["version"] = PackedFeed.ToolVersion };
        foreach (var (name, value) in inputs)
        {
            all[name] = value;
        }

        args.AddRange(all.Select(kv => $"{kv.Key}={kv.Value}"));
        var env = new Dictionary<string, string?>(sandbox.Environment) { ["RUNNER_TEMP"] = runnerTemp };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            env[name] = value;
        }

        var process = ProcessRun.Run(PythonWithYaml(), args, workspace, env);
        Assert.That(process.ExitCode, Is.Not.EqualTo(3), "the emulator refused the action: " + process);
        var outputs = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(outputsFile))!;
        return new Run(process, outputs, runnerTemp);
    }

    /// <summary>A Python 3 with PyYAML: Debian's, which pre-commit (a test dependency) brings.</summary>
    private static string PythonWithYaml()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                if (ProcessRun.Run(candidate, ["-c", "import yaml"], RepoPaths.Root).ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed under that name; try the next.
            }
        }

        Assert.Fail("no python3 with PyYAML found; run scripts/setup-test-tools.sh (it installs Debian's pre-commit, which brings python3-yaml)");
        return "";
    }

    public void Dispose() => sandbox.Dispose();
}

/// <summary>
/// The packages the Action installs, in one local feed as on nuget.org: the portable tool (from <see cref="PackedFeed"/>)
/// and the native tool's pointer and linux-x64 packages (from <see cref="NativeToolFeed"/>).
/// </summary>
public static class ActionFeed
{
    private static readonly Lazy<TempRepo> Feed = new(() =>
    {
        var feed = new TempRepo();
        foreach (var package in Directory.GetFiles(PackedFeed.Folder, "Maia.Sre.Ci.Tool.*.nupkg").Concat(Directory.GetFiles(NativeToolFeed.Folder, "*.nupkg")))
        {
            File.Copy(package, Path.Combine(feed.Root, Path.GetFileName(package)));
        }

        return feed;
    });

    /// <summary>The feed folder.</summary>
    public static string Folder => Feed.Value.Root;

    /// <summary>Deletes the feed if a test made it.</summary>
    public static void Delete()
    {
        if (Feed.IsValueCreated)
        {
            Feed.Value.Dispose();
        }
    }
}

/// <summary>Removes the Action's feed after the last test of this assembly.</summary>
[SetUpFixture]
public sealed class ActionFeedCleanup
{
    [OneTimeTearDown]
    public void DeleteFeed() => ActionFeed.Delete();
}
