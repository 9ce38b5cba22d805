using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.MSBuild.Tests;

/// <summary>How the task's properties become <c>maia-sre check</c> options.</summary>
public sealed class CheckArgumentsTests
{
    [Test]
    public void Every_property_maps_to_its_CLI_option_and_MSBuild_lists_become_comma_lists()
    {
        var task = new MaiaSreCheck
        {
            Root = "/r",
            ToolDll = "/p/maia-sre.dll",
            FailOn = "warning",
            ConfigFile = "/r/c.json",
            RuleSets = "phantoms; preflight",
            SarifFile = "/o/a.sarif",
            JUnitFile = "/o/a.xml",
            BaselineFile = "/r/base.json",
            ChangedSince = " origin/main ",
            ExtraArguments = "--critical-only",
        };

        Assert.That(
            new CheckArguments(task).ToString(),
            Is.EqualTo("/p/maia-sre.dll check --root /r --no-color --fail-on warning --config /r/c.json --rule-sets \"phantoms,preflight\" --sarif /o/a.sarif --junit /o/a.xml --baseline /r/base.json --changed-since origin/main --critical-only"));
    }

    [Test]
    public void Empty_properties_leave_the_CLI_defaults()
    {
        var task = new MaiaSreCheck { Root = "/r", ToolDll = "/p/maia-sre.dll", FailOn = "", RuleSets = " ", SarifFile = "" };

        Assert.That(new CheckArguments(task).ToString(), Is.EqualTo("/p/maia-sre.dll check --root /r --no-color"));
    }

    /// <summary>Without MaiaSreFailOn the CLI chooses, and the task logs by the same level: warning in pull-request mode.</summary>
    [TestCase(null, null, "critical")]
    [TestCase("", "origin/main", "warning")]
    [TestCase("error", "origin/main", "error")]
    public void The_fail_level_the_task_logs_by_is_the_one_the_CLI_judges_by(string? failOn, string? changedSince, string expected) =>
        Assert.That(new MaiaSreCheck { FailOn = failOn, ChangedSince = changedSince }.EffectiveFailOn, Is.EqualTo(expected));

    [Test]
    public void Paths_with_spaces_are_quoted()
    {
        var task = new MaiaSreCheck { Root = "/my repo", ToolDll = "/p/maia-sre.dll" };

        Assert.That(new CheckArguments(task).ToString(), Does.Contain("--root \"/my repo\""));
    }

    [Test]
    public void A_root_with_a_trailing_separator_is_passed_without_it()
    {
        using var repo = new TempRepo(Path.Combine(RepoPaths.Fixtures, "clean", "repo")).InitGit();
        var engine = new FakeBuildEngine();

        Assert.That(TaskHarness.NewTask(engine, repo.Root + Path.DirectorySeparatorChar).Execute(), Is.True);
        Assert.That(engine.Messages.Select(m => m.Message), Has.Some.Contains($"--root {repo.Root} --no-color"));
    }
}
