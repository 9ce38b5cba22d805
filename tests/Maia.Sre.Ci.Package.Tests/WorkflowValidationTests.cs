using System.Text.RegularExpressions;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// The action, this repository's workflows and the copy-paste sample workflow pass both offline validators, and follow
/// the rules the validators cannot see: actions pinned by commit SHA, least privilege, no expressions inside scripts.
/// </summary>
public sealed partial class WorkflowValidationTests
{
    private static string Root => RepoPaths.Root;

    private static IEnumerable<string> Workflows() =>
        Directory.GetFiles(Path.Combine(Root, ".github", "workflows"), "*.yml").Order(StringComparer.Ordinal)
            .Append(Path.Combine(Root, "samples", "github-workflow.yml"))
            .Select(f => Path.GetRelativePath(Root, f));

    private static IEnumerable<string> ActionAndWorkflows() => Workflows().Prepend("action.yml").Append(FixWorkflow);

    /// <summary>The pull-request example that applies fixes and pushes them: the one workflow that writes contents.</summary>
    private const string FixWorkflow = "samples/fix-workflow.yml";

    [Test]
    public void There_are_ci_dogfood_and_sample_workflows() =>
        Assert.That(Workflows(), Is.SupersetOf(new[] { ".github/workflows/ci.yml", ".github/workflows/dogfood.yml", "samples/github-workflow.yml" }));

    [Test]
    public void Actionlint_reports_no_problems_in_the_workflows()
    {
        var run = Validators.Actionlint([.. Workflows(), FixWorkflow]);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Out.Trim(), Is.Empty);
    }

    [TestCaseSource(nameof(ActionAndWorkflows))]
    public void Action_validator_reports_no_problems(string file)
    {
        var run = Validators.ActionValidator(file);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.All.Trim(), Is.Empty);
    }

    [Test]
    public void The_fix_example_reads_at_the_top_writes_contents_only_in_its_job_and_skips_forks()
    {
        var text = File.ReadAllText(Path.Combine(Root, FixWorkflow));
        var job = text[text.IndexOf("\njobs:\n", StringComparison.Ordinal)..];
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("\npermissions:\n  contents: read\n\n"));
            Assert.That(WritePermission().Matches(text).Select(m => m.Value.Trim()), Is.EqualTo(new[] { "contents: write" }));
            Assert.That(job, Does.Contain("    permissions:\n      contents: write\n"));
            Assert.That(job, Does.Contain("if: github.event.pull_request.head.repo.full_name == github.repository"));
            Assert.That(job, Does.Contain("fetch-depth: 0").And.Contain("fix: 'true'"));
            var script = job[job.IndexOf("        run: |", StringComparison.Ordinal)..];
            Assert.That(script, Does.Not.Contain("${{"), "the branch reaches the script through env:");
        });
    }

    [Test]
    public void The_validators_do_catch_broken_files()
    {
        using var temp = new TempRepo();
        var workflow = File.ReadAllText(Path.Combine(Root, ".github", "workflows", "dogfood.yml")).Replace("steps.maia-sre.outputs.sarif", "steps.maia-sre.outputz.sarif", StringComparison.Ordinal);
        var action = Regex.Replace(File.ReadAllText(Path.Combine(Root, "action.yml")), @"\n    value: \$\{\{ steps\.check\.outputs\.status \}\}", "");
        var brokenWorkflow = temp.Write("workflow.yml", workflow);
        var brokenAction = temp.Write("broken/action.yml", action);
        Assert.Multiple(() =>
        {
            Assert.That(Validators.Actionlint(brokenWorkflow).Out, Does.Contain("property \"outputz\" is not defined"));
            var validator = Validators.ActionValidator(brokenAction);
            Assert.That(validator.ExitCode, Is.EqualTo(1));
            Assert.That(validator.Error, Does.Contain("/outputs/status/value"));
        });
    }

    [TestCaseSource(nameof(ActionAndWorkflows))]
    public void Remote_actions_are_pinned_by_full_commit_sha_with_a_version_comment(string file)
    {
        var uses = UsesLine().Matches(File.ReadAllText(Path.Combine(Root, file))).Select(m => m.Groups[1].Value.Trim()).ToList();
        var remote = uses.Where(u => !u.StartsWith("./", StringComparison.Ordinal) && !u.StartsWith("maia-sre/Maia.Sre.Ci@", StringComparison.Ordinal)).ToList();
        Assert.That(remote, Is.All.Matches(PinnedAction()), "owner/repo[/path]@<40 hex> # vX.Y.Z");
    }

    [TestCaseSource(nameof(Workflows))]
    public void Workflows_grant_only_contents_read_at_the_top(string file)
    {
        var text = File.ReadAllText(Path.Combine(Root, file));
        Assert.That(text, Does.Contain("\npermissions:\n  contents: read\n\n"));
        var writes = WritePermission().Matches(text).Select(m => m.Value.Trim()).Distinct().ToList();
        Assert.That(writes, Is.SubsetOf(new[] { "security-events: write" }), "only code scanning uploads need a write permission");
        Assert.That(writes.Count > 0, Is.EqualTo(text.Contains("upload-sarif", StringComparison.Ordinal)), "security-events: write exactly where SARIF is uploaded");
    }

    [Test]
    public void Every_action_step_runs_bash_and_no_script_splices_an_expression()
    {
        var text = File.ReadAllText(Path.Combine(Root, "action.yml"));
        var steps = text[text.IndexOf("\n  steps:\n", StringComparison.Ordinal)..].Split("\n    - ").Skip(1).ToList();
        Assert.That(steps, Has.Count.GreaterThanOrEqualTo(2));
        foreach (var step in steps)
        {
            Assert.That(step, Does.Contain("\n      shell: bash\n"));
            var script = step[(step.IndexOf("\n      run: |\n", StringComparison.Ordinal) + 1)..];
            Assert.That(script, Does.Not.Contain("${{"), "inputs reach scripts through env:, never by ${{ }} splicing");
        }
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?uses:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex UsesLine();

    [GeneratedRegex(@"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40} # v\d+(\.\d+){0,2}$")]
    private static partial Regex PinnedAction();

    [GeneratedRegex(@"[\w-]+: write")]
    private static partial Regex WritePermission();
}
