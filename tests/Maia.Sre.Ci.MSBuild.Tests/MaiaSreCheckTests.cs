using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.MSBuild.Tests;

/// <summary>The task against the real CLI, with a fake build engine recording what it logs.</summary>
public sealed class MaiaSreCheckTests
{
    private static string Demo => Path.Combine(RepoPaths.Samples, "demo-repo");

    [Test]
    public void The_task_logs_exactly_the_findings_the_CLI_prints_and_fails_like_it()
    {
        using var repo = new TempRepo(Demo).InitGit();
        var cli = TaskHarness.Cli(repo.Root);
        var engine = new FakeBuildEngine();

        var succeeded = TaskHarness.NewTask(engine, repo.Root).Execute();

        Assert.That(cli.ExitCode, Is.EqualTo(1));
        Assert.That(succeeded, Is.False);
        Assert.That(engine.CanonicalLines(repo.Root).Order(StringComparer.Ordinal), Is.EqualTo(cli.Lines.Order(StringComparer.Ordinal)));
        Assert.That(engine.Errors, Has.Count.GreaterThanOrEqualTo(5));
    }

    [Test]
    public void Errors_carry_a_full_path_line_and_column_but_no_subcategory_or_end_position()
    {
        using var repo = new TempRepo(Demo);
        var engine = new FakeBuildEngine();

        TaskHarness.NewTask(engine, repo.Root).Execute();

        var error = engine.Errors.Single(e => e.Code == "MSRE1001" && e.File.EndsWith("ci.yml", StringComparison.Ordinal));
        Assert.That(error.File, Is.EqualTo(Path.Combine(repo.Root, ".github", "workflows", "ci.yml")));
        Assert.That((error.Code, error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber), Is.EqualTo(("MSRE1001", 13, 19, 0, 0)));
        Assert.That(error.Subcategory, Is.Null);
    }

    [Test]
    public void Under_fail_on_never_the_build_passes_and_the_CLI_error_lines_become_warnings()
    {
        using var repo = new TempRepo(Demo);
        var cli = TaskHarness.Cli(repo.Root, "--fail-on", "never");
        var engine = new FakeBuildEngine();

        var succeeded = TaskHarness.NewTask(engine, repo.Root, "never").Execute();

        Assert.That((cli.ExitCode, succeeded, engine.Errors.Count), Is.EqualTo((0, true, 0)));
        Assert.That(engine.Warnings, Has.Count.EqualTo(cli.Lines.Count(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal))));
    }

    [Test]
    public void At_fail_on_warning_the_warnings_that_fail_the_run_are_the_build_errors()
    {
        using var repo = new TempRepo();
        repo.Write("README.md", "See [the guide](docs/guide.md).\n");
        repo.InitGit();
        var cli = TaskHarness.Cli(repo.Root, "--fail-on", "warning");
        var engine = new FakeBuildEngine();

        var succeeded = TaskHarness.NewTask(engine, repo.Root, "warning").Execute();

        Assert.That((cli.ExitCode, succeeded), Is.EqualTo((1, false)));
        Assert.That(engine.Errors.Select(e => (e.Code, e.LineNumber)), Is.EqualTo(new[] { ("MSRE1001", 1) }));
        Assert.That(engine.Warnings, Is.Empty);
        Assert.That(engine.Messages.Select(m => m.Message), Has.Some.EqualTo("maia-sre: 1 phantom in 1 file; health 50.0/100; FAIL"));
    }

    [Test]
    public void Findings_below_the_fail_level_are_warnings_and_the_build_passes()
    {
        using var repo = new TempRepo();
        repo.Write("README.md", "See [the guide](docs/guide.md).\n");
        repo.InitGit();
        var engine = new FakeBuildEngine();

        var succeeded = TaskHarness.NewTask(engine, repo.Root, failOn: null).Execute();

        Assert.That(succeeded, Is.True);
        Assert.That(engine.Errors, Is.Empty);
        Assert.That(engine.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "MSRE1001" }));
    }

    [Test]
    public void The_package_keeps_warnaserror_off_every_rule_code_unless_asked()
    {
        var targets = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Maia.Sre.Ci.MSBuild", "build", "Maia.Sre.Ci.MSBuild.targets"));
        var listed = System.Text.RegularExpressions.Regex.Match(targets, "<_MaiaSreRuleCodes>([^<]*)</_MaiaSreRuleCodes>").Groups[1].Value.Split(';');
        var codes = Maia.Sre.Ci.Rules.RuleCatalog.All.Select(r => r.Id).Where(id => id != "MSRE0001");
        Assert.That(listed, Is.EquivalentTo(codes), "a new rule needs its code in the package's list");
        Assert.That(targets, Does.Contain("<PropertyGroup Condition=\"'$(MaiaSreTreatWarningsAsErrors)' != 'true'\">"));
    }

    [Test]
    public void A_clean_repository_passes_and_writes_the_stamp()
    {
        using var repo = new TempRepo(Path.Combine(RepoPaths.Fixtures, "clean", "repo"));
        repo.Write(".gitignore", "obj/\n");
        repo.InitGit();
        var engine = new FakeBuildEngine();
        var task = TaskHarness.NewTask(engine, repo.Root);
        task.StampFile = Path.Combine(repo.Root, "obj", "maia-sre", "check.stamp");

        Assert.That(task.Execute(), Is.True);
        Assert.That(engine.Errors.Concat<object>(engine.Warnings), Is.Empty);
        Assert.That(File.ReadAllText(task.StampFile).Trim(), Does.StartWith("maia-sre: ").And.EndWith("; PASS"));
    }

    [Test]
    public void A_bad_configuration_fails_with_the_CLI_configuration_error_at_its_position()
    {
        using var repo = new TempRepo();
        repo.Write(".maia-sre.json", "{\n  \"phantoms\": { \"sorces\": [] }\n}\n");
        var engine = new FakeBuildEngine();

        Assert.That(TaskHarness.NewTask(engine, repo.Root).Execute(), Is.False);
        var error = engine.Errors.Single();
        Assert.That((error.Code, error.File, error.LineNumber), Is.EqualTo(("MSRE0001", Path.Combine(repo.Root, ".maia-sre.json"), 2)));
    }

    [Test]
    public void An_unknown_fail_level_is_a_tool_error_not_a_pass()
    {
        using var repo = new TempRepo(Path.Combine(RepoPaths.Fixtures, "clean", "repo"));
        var engine = new FakeBuildEngine();

        Assert.That(TaskHarness.NewTask(engine, repo.Root, "sometimes").Execute(), Is.False);
        Assert.That(engine.Errors.Single().Code, Is.EqualTo("MSRE9002"));
    }

    [Test]
    public void The_second_project_of_a_build_reuses_the_first_run_instead_of_repeating_its_errors()
    {
        using var repo = new TempRepo(Demo);
        var engine = new FakeBuildEngine();
        Assert.That(TaskHarness.NewTask(engine, repo.Root).Execute(), Is.False);
        var errors = engine.Errors.Count;

        var again = TaskHarness.NewTask(engine, repo.Root).Execute();

        Assert.That((again, engine.Errors.Count), Is.EqualTo((true, errors)));
        Assert.That(engine.Messages.Select(m => m.Message), Has.Some.Contains("already ran"));
    }

    [Test]
    public void A_missing_tool_is_reported_instead_of_passing()
    {
        var engine = new FakeBuildEngine();
        var task = new MaiaSreCheck { BuildEngine = engine, Root = Path.GetTempPath(), ToolDll = Path.Combine(Path.GetTempPath(), "no-such", "maia-sre.dll") };

        Assert.That(task.Execute(), Is.False);
        Assert.That(engine.Errors.Single().Code, Is.EqualTo("MSRE9002"));
    }

    [Test]
    public void Under_GitHub_Actions_the_CLI_writes_no_annotations_of_its_own()
    {
        using var repo = new TempRepo(Demo);
        var engine = new FakeBuildEngine();
        var before = Environment.GetEnvironmentVariable("GITHUB_ACTIONS");
        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", "true");
        try
        {
            TaskHarness.NewTask(engine, repo.Root).Execute();
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_ACTIONS", before);
        }

        Assert.That(engine.Errors, Is.Not.Empty);
        Assert.That(engine.Messages.Select(m => m.Message), Has.None.StartsWith("::"));
    }
}
