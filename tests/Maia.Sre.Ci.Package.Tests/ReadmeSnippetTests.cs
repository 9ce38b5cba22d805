using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// The README's integration snippets are the tested ones: the workflow is the validated sample, and the dotnet tool
/// commands are those <see cref="ToolInstallTests"/> run (which add only the local feed).
/// </summary>
public sealed class ReadmeSnippetTests
{
    [Test]
    public void The_action_section_shows_the_validated_sample_workflow()
    {
        var sample = File.ReadAllLines(Path.Combine(RepoPaths.Samples, "github-workflow.yml")).SkipWhile(l => l.StartsWith('#'));
        Assert.That(Readme.Blocks("GitHub Action", "yaml").Single(), Is.EqualTo(string.Join('\n', sample) + "\n"));
    }

    [Test]
    public void The_fixing_section_shows_the_validated_fix_workflow()
    {
        var sample = string.Join('\n', File.ReadAllLines(Path.Combine(RepoPaths.Samples, "fix-workflow.yml")).SkipWhile(l => l.StartsWith('#')));
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("\n## Fixing what it finds\n", StringComparison.Ordinal)..];
        Assert.That(section, Does.Contain("```yaml\n" + sample + "\n```\n"));
    }

    [Test]
    public void The_dotnet_tool_section_shows_the_tested_commands()
    {
        var commands = Readme.Blocks("dotnet tool", "bash").SelectMany(b => b.Split('\n')).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0);
        Assert.That(commands, Is.EqualTo(new[]
        {
            "dotnet new tool-manifest",
            "dotnet tool install --local Maia.Sre.Ci.Tool",
            "dotnet tool restore",
            "dotnet maia-sre check",
            "dotnet tool exec Maia.Sre.Ci.Tool --yes -- check",
        }));
    }

    [Test]
    public void The_pre_commit_section_installs_the_hook_this_repository_defines()
    {
        var hooks = File.ReadAllText(Path.Combine(RepoPaths.Root, ".pre-commit-hooks.yaml"));
        Assert.Multiple(() =>
        {
            Assert.That(hooks, Does.Contain("- id: maia-sre\n").And.Contain("language: dotnet\n").And.Contain("pass_filenames: true\n"));
            Assert.That(hooks, Does.Contain("entry: maia-sre check --pre-commit\n"), "the command is the tool's command name; check is its lint verb, run as a hook");
            Assert.That(Readme.Blocks("pre-commit", "yaml").Single(), Does.Contain("- id: maia-sre\n"));
        });
    }
}
