using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>The GitHub Action, run step by step as the runner would (see <see cref="CompositeAction"/>), on the demo sample.</summary>
public sealed class ActionTests
{
    private CompositeAction action = null!;

    [SetUp]
    public void Create() => action = new CompositeAction();

    [TearDown]
    public void Delete() => action.Dispose();

    private static string CountLines(Func<string, bool> predicate) => DemoSample.ExpectedLines.Count(predicate).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsPhantom(string line) => line.Contains(" MSRE1001: ", StringComparison.Ordinal);

    [Test]
    public void It_installs_the_tool_fails_on_critical_phantoms_and_exposes_the_figures()
    {
        using var repo = DemoSample.Copy();
        var run = action.Invoke(repo.Root, new Dictionary<string, string>());
        Assert.Multiple(() =>
        {
            Assert.That(run.Process.ExitCode, Is.EqualTo(1), run.Process.ToString());
            Assert.That(DemoSample.Lines(run.Process.Out), Is.SupersetOf(DemoSample.ExpectedLines));
            Assert.That(run.Outputs["exit-code"], Is.EqualTo("1"));
            Assert.That(run.Outputs["status"], Is.EqualTo("fail"));
            Assert.That(run.Outputs["phantoms"], Is.EqualTo(CountLines(IsPhantom)));
            Assert.That(run.Outputs["critical-phantoms"], Is.EqualTo(CountLines(l => IsPhantom(l) && l.Contains("(critical:", StringComparison.Ordinal))));
            Assert.That(double.Parse(run.Outputs["health-score"], System.Globalization.CultureInfo.InvariantCulture), Is.InRange(0, 99.9));
            Assert.That(run.Outputs["json"], Does.Exist.And.StartWith(run.RunnerTemp));
            Assert.That(Path.Combine(run.RunnerTemp, "maia-sre", PackedFeed.ToolVersion, run.Outputs["build"], "maia-sre"), Does.Exist, "installed into RUNNER_TEMP by version and build");
        });
    }

    /// <summary>The runners it targets (Linux x64, .NET 10 SDK) get the native build: the install script's native path.</summary>
    [Test]
    public void On_linux_x64_with_the_net10_sdk_it_installs_and_runs_the_native_build()
    {
        AssumeLinuxX64WithNet10Sdk();
        using var repo = DemoSample.Copy();
        var run = action.Invoke(repo.Root, new Dictionary<string, string>());
        var command = Path.Combine(run.RunnerTemp, "maia-sre", PackedFeed.ToolVersion, "native", "maia-sre");
        Assert.Multiple(() =>
        {
            Assert.That(run.Outputs["build"], Is.EqualTo("native"), run.Process.ToString());
            Assert.That(NativeExecutable(command), Does.EndWith("/tools/any/linux-x64/maia-sre"), "the command is the executable of the linux-x64 package");
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(command)!, "*.dll", SearchOption.AllDirectories), Is.Empty, "a native executable, no managed assemblies");
            Assert.That(Path.Combine(run.RunnerTemp, "maia-sre", PackedFeed.ToolVersion, "portable"), Does.Not.Exist, "the portable tool was not installed as well");
            Assert.That(run.Process.ExitCode, Is.EqualTo(1), run.Process.ToString());
            Assert.That(DemoSample.Lines(run.Process.Out), Is.SupersetOf(DemoSample.ExpectedLines));
            Assert.That(run.Outputs["critical-phantoms"], Is.EqualTo(CountLines(l => IsPhantom(l) && l.Contains("(critical:", StringComparison.Ordinal))));
            Assert.That(run.Process.Out, Does.Not.Contain("::warning title=maia-sre::the native build"));
        });
    }

    [TestCase("Linux", "ARM64", null, TestName = "Elsewhere_it_installs_the_portable_tool(Linux ARM64)")]
    [TestCase("macOS", "ARM64", null, TestName = "Elsewhere_it_installs_the_portable_tool(macOS)")]
    [TestCase("Linux", "X64", "8.0.416", TestName = "Elsewhere_it_installs_the_portable_tool(Linux x64 with the .NET 8 SDK)")]
    public void Elsewhere_it_installs_the_portable_tool(string os, string arch, string? sdk)
    {
        using var repo = DemoSample.Copy();
        using var bin = new TempRepo();
        var environment = new Dictionary<string, string?> { ["RUNNER_OS"] = os, ["RUNNER_ARCH"] = arch };
        if (sdk is not null)
        {
            if (OperatingSystem.IsWindows())
            {
                Assert.Ignore("the stand-in dotnet is a shell script");
                return;
            }

            // A dotnet that reports an older SDK and otherwise is the real one: the choice is made on what it reports.
            var real = ProcessRun.Run("bash", ["-c", "command -v dotnet"], repo.Root).Out.Trim();
            bin.Write("dotnet", $"#!/bin/sh\nif [ \"$1\" = --version ]; then echo {sdk}; exit 0; fi\nexec '{real}' \"$@\"\n");
            File.SetUnixFileMode(Path.Combine(bin.Root, "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            environment["PATH"] = bin.Root + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        }

        var run = action.Invoke(repo.Root, new Dictionary<string, string>(), environment);
        Assert.Multiple(() =>
        {
            Assert.That(run.Outputs["build"], Is.EqualTo("portable"), run.Process.ToString());
            Assert.That(Directory.GetFiles(Path.Combine(run.RunnerTemp, "maia-sre", PackedFeed.ToolVersion, "portable"), "maia-sre.dll", SearchOption.AllDirectories), Is.Not.Empty, "the portable package");
            Assert.That(Path.Combine(run.RunnerTemp, "maia-sre", PackedFeed.ToolVersion, "native"), Does.Not.Exist, "the native build was not tried");
            Assert.That(run.Process.ExitCode, Is.EqualTo(1), run.Process.ToString());
            Assert.That(DemoSample.Lines(run.Process.Out), Is.SupersetOf(DemoSample.ExpectedLines));
        });
    }

    [Test]
    public void Auto_falls_back_to_the_portable_tool_with_a_warning_when_the_feed_has_no_native_build()
    {
        AssumeLinuxX64WithNet10Sdk();
        using var repo = DemoSample.Copy();
        var run = action.Invoke(repo.Root, new Dictionary<string, string> { ["source"] = PackedFeed.Folder });
        Assert.Multiple(() =>
        {
            Assert.That(run.Outputs["build"], Is.EqualTo("portable"), run.Process.ToString());
            Assert.That(run.Process.Out, Does.Contain("::warning title=maia-sre::the native build could not be installed; using the portable tool"));
            Assert.That(run.Outputs["exit-code"], Is.EqualTo("1"));
        });
    }

    [TestCase("portable", 1)]
    [TestCase("native", 1)]
    [TestCase("fast", 2)]
    public void The_build_input_insists_on_one_build(string build, int exitCode)
    {
        if (build == "native")
        {
            AssumeLinuxX64WithNet10Sdk();
        }

        using var repo = DemoSample.Copy();
        var run = action.Invoke(repo.Root, new Dictionary<string, string> { ["build"] = build });
        Assert.That(run.Process.ExitCode, Is.EqualTo(exitCode), run.Process.ToString());
        if (exitCode == 2)
        {
            Assert.That(run.Process.Error, Does.Contain("maia-sre: input 'build' must be auto, native or portable, not 'fast'"));
            return;
        }

        Assert.That(run.Outputs["build"], Is.EqualTo(build));
    }

    private static void AssumeLinuxX64WithNet10Sdk()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            Assert.Ignore("the native build is packed for linux-x64 only");
        }

        var sdk = ProcessRun.Run("dotnet", ["--version"], RepoPaths.Root).Out.Trim();
        if (!int.TryParse(sdk.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture, out var major) || major < 10)
        {
            Assert.Ignore($"installing the native build takes the .NET 10 SDK; this machine has {sdk}");
        }
    }

    /// <summary>The ELF executable the command leads to (dotnet tool install links the command to it).</summary>
    private static string NativeExecutable(string command)
    {
        var executable = new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command;
        using var file = File.OpenRead(executable);
        var magic = new byte[4];
        file.ReadExactly(magic);
        Assert.That(magic, Is.EqualTo(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }), $"{command} -> {executable} is an ELF executable");
        return executable;
    }

    [Test]
    public void Paths_narrow_the_sources_and_fail_on_never_passes()
    {
        using var repo = DemoSample.Copy();
        var run = action.Invoke(repo.Root, new Dictionary<string, string> { ["paths"] = "README.md\nAGENTS.md  CLAUDE.md", ["fail-on"] = "never" });
        var expected = CountLines(l => IsPhantom(l) && (l.StartsWith("README.md(", StringComparison.Ordinal) || l.StartsWith("AGENTS.md(", StringComparison.Ordinal) || l.StartsWith("CLAUDE.md(", StringComparison.Ordinal)));
        Assert.Multiple(() =>
        {
            Assert.That(run.Process.ExitCode, Is.EqualTo(0), run.Process.ToString());
            Assert.That(run.Outputs["exit-code"], Is.EqualTo("0"));
            Assert.That(run.Outputs["status"], Is.EqualTo("pass"));
            Assert.That(run.Outputs["phantoms"], Is.EqualTo(expected));
            Assert.That(int.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(1).And.LessThan(int.Parse(CountLines(IsPhantom), System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public void Changed_since_reports_only_what_the_change_broke()
    {
        using var repo = DemoSample.Copy().InitGit();
        File.Delete(Path.Combine(repo.Root, "scripts", "build.sh"));
        repo.Git("commit", "-q", "-am", "remove the build script");
        var run = action.Invoke(repo.Root, new Dictionary<string, string> { ["changed-since"] = "HEAD~1", ["fail-on"] = "warning" });
        var lines = DemoSample.Lines(run.Process.Out).Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\S.*: (error|warning|info) MSRE\d{4}: ")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.Process.ExitCode, Is.EqualTo(1), run.Process.ToString());
            Assert.That(lines, Is.Not.Empty);
            Assert.That(lines, Has.All.Contains("scripts/build.sh"), "only references to the deleted script are reported");
        });
    }

    /// <summary>Without a fail-on input, pull-request mode fails on a warning the change caused: a README naming a deleted script.</summary>
    [Test]
    public void Changed_since_fails_on_warnings_unless_fail_on_is_given()
    {
        using var repo = DemoSample.Copy();
        repo.Write("docs/cleanup.md", "Tidy up with `tools/tidy.sh`.\n");
        repo.Write("tools/tidy.sh", "#!/bin/sh\n");
        repo.InitGit();
        File.Delete(Path.Combine(repo.Root, "tools", "tidy.sh"));
        repo.Git("commit", "-q", "-am", "remove the tidy script");
        var run = action.Invoke(repo.Root, new Dictionary<string, string> { ["changed-since"] = "HEAD~1" });
        var lenient = action.Invoke(repo.Root, new Dictionary<string, string> { ["changed-since"] = "HEAD~1", ["fail-on"] = "critical" });
        Assert.Multiple(() =>
        {
            Assert.That(run.Process.ExitCode, Is.EqualTo(1), run.Process.ToString());
            Assert.That(run.Process.Out, Does.Contain("docs/cleanup.md(1,15): warning MSRE1001: 'tools/tidy.sh'"));
            Assert.That(lenient.Process.ExitCode, Is.EqualTo(0), "fail-on wins: " + lenient.Process);
        });
    }

    [Test]
    public void Inputs_are_data_never_shell_code()
    {
        using var repo = DemoSample.Copy();
        var run = action.Invoke(repo.Root, new Dictionary<string, string>
        {
            ["args"] = "--quiet $(touch injected-args) `touch injected-backticks`",
            ["config"] = "x\"; touch injected-config; echo \"",
        });
        Assert.Multiple(() =>
        {
            Assert.That(run.Process.ExitCode, Is.EqualTo(2), "the odd values reach maia-sre as plain arguments, which it rejects: " + run.Process);
            Assert.That(run.Outputs["exit-code"], Is.EqualTo("2"));
            Assert.That(run.Outputs["status"], Is.Empty, "no report, so no figures");
            Assert.That(Directory.GetFiles(repo.Root, "injected-*"), Is.Empty);
        });
    }

    [Test]
    public void Report_paths_come_back_absolute_relative_to_the_working_directory()
    {
        using var repo = DemoSample.Copy();
        Directory.CreateDirectory(Path.Combine(repo.Root, "docs", "out"));
        var run = action.Invoke(repo.Root, new Dictionary<string, string> { ["json"] = "out/report.json", ["working-directory"] = "docs", ["root"] = repo.Root });
        Assert.Multiple(() =>
        {
            Assert.That(run.Outputs["json"], Is.EqualTo(Path.Combine(repo.Root, "docs", "out", "report.json")));
            Assert.That(run.Outputs["json"], Does.Exist, run.Process.ToString());
            Assert.That(run.Outputs["exit-code"], Is.EqualTo("1"));
        });
    }

    [Test]
    public void On_a_runner_it_writes_sarif_junit_annotations_and_the_step_summary()
    {
        using var repo = DemoSample.Copy();
        var summary = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + "-summary.md");
        try
        {
            var run = action.Invoke(
                repo.Root,
                new Dictionary<string, string> { ["sarif"] = "maia-sre.sarif", ["junit"] = "reports/maia-sre.junit.xml" },
                new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary });
            Assert.Multiple(() =>
            {
                Assert.That(run.Outputs["exit-code"], Is.EqualTo("1"), run.Process.ToString());
                Assert.That(run.Outputs["sarif"], Is.EqualTo(Path.Combine(repo.Root, "maia-sre.sarif")));
                Assert.That(File.ReadAllText(run.Outputs["sarif"]), Does.Contain("\"version\": \"2.1.0\"").And.Contain("MSRE1001"));
                Assert.That(run.Outputs["junit"], Is.EqualTo(Path.Combine(repo.Root, "reports", "maia-sre.junit.xml")));
                Assert.That(File.ReadAllText(run.Outputs["junit"]), Does.Contain("<testsuite"));
                Assert.That(run.Process.Out, Does.Contain("::error file=AGENTS.md,line=4"));
                Assert.That(File.ReadAllText(summary), Does.Contain(run.Outputs["health-score"]));
            });
        }
        finally
        {
            File.Delete(summary);
        }
    }

    [Test]
    public void The_fix_input_writes_the_safe_fixes_and_leaves_committing_to_the_workflow()
    {
        using var repo = HistoryFixture.Load("moved-scripts").Build();
        var head = repo.Git("rev-parse", "HEAD");
        var run = action.Invoke(repo.Root, new Dictionary<string, string> { ["fix"] = "true" });
        Assert.Multiple(() =>
        {
            Assert.That(run.Process.ExitCode, Is.EqualTo(0), "the critical phantoms were fixed: " + run.Process);
            Assert.That(run.Process.Out, Does.Contain("Fixed 8 references in 4 files."));
            Assert.That(repo.Git("status", "--porcelain").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[3..]).Order(StringComparer.Ordinal),
                Is.EqualTo(new[] { ".github/workflows/ci.yml", "README.md", "docs/guide.md", "scripts/nightly.sh" }));
            Assert.That(repo.Git("rev-parse", "HEAD"), Is.EqualTo(head), "nothing committed");
        });
    }

    [Test]
    public void A_fix_input_it_does_not_know_is_a_usage_error()
    {
        using var repo = DemoSample.Copy();
        var run = action.Invoke(repo.Root, new Dictionary<string, string> { ["fix"] = "yes" });
        Assert.Multiple(() =>
        {
            Assert.That(run.Outputs["exit-code"], Is.EqualTo("2"));
            Assert.That(run.Process.Error, Does.Contain("input 'fix' must be true, unsafe or false, not 'yes'"));
        });
    }

    [Test]
    public void Dogfood_this_repository_passes_its_own_action()
    {
        using var reports = new TempRepo();
        var run = action.Invoke(RepoPaths.Root, new Dictionary<string, string> { ["source"] = PackedFeed.Folder, ["build"] = "portable", ["fail-on"] = "warning", ["sarif"] = Path.Combine(reports.Root, "maia-sre.sarif") });
        Assert.That(run.Process.ExitCode, Is.EqualTo(0), "as .github/workflows/dogfood.yml runs it: " + run.Process);
        Assert.That(run.Outputs["critical-phantoms"], Is.EqualTo("0"));
    }
}
