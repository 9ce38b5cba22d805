using System.Text.RegularExpressions;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// The README's and the docs' integration snippets are the tested ones: the workflows are the validated samples, the
/// dotnet tool commands are those <see cref="ToolInstallTests"/> run (which add only the local feed), the pre-commit
/// snippets those <see cref="PreCommitTests"/> and <see cref="PreCommitSystemHookTests"/> run; and every snippet names
/// the same release.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    private static string Text(string path) => File.ReadAllText(Path.Combine(RepoPaths.Root, path));

    private static string SampleWithoutComments(string file) =>
        string.Join('\n', File.ReadAllLines(Path.Combine(RepoPaths.Samples, file)).SkipWhile(l => l.StartsWith('#'))) + "\n";

    [Test]
    public void The_action_page_shows_the_validated_sample_workflow_and_the_readme_a_part_of_it()
    {
        var sample = SampleWithoutComments("github-workflow.yml");
        Assert.That(Readme.Blocks("docs/github-action.md", "The workflow", "yaml").Single(), Is.EqualTo(sample));
        var readme = Readme.Blocks("README.md", "Install", "yaml").First(b => b.Contains("uses: maia-sre/Maia.Sre.Ci@", StringComparison.Ordinal));
        Assert.That(sample, Does.Contain(readme), "the README's lines are the sample's, indentation included");
    }

    [Test]
    public void The_fixing_page_shows_the_validated_fix_workflow()
    {
        var section = Text("docs/fixing.md");
        Assert.That(section, Does.Contain("```yaml\n" + SampleWithoutComments("fix-workflow.yml") + "```\n"));
    }

    [Test]
    public void The_dotnet_tool_section_shows_the_tested_commands()
    {
        var commands = Readme.Blocks("docs/install.md", "dotnet tool", "bash").SelectMany(b => b.Split('\n')).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0);
        Assert.That(commands, Is.EqualTo(new[]
        {
            "dotnet tool install --global Maia.Sre.Ci.Tool",
            "dotnet new tool-manifest",
            "dotnet tool install --local Maia.Sre.Ci.Tool",
            "dotnet tool restore",
            "dotnet maia-sre check",
            "dotnet tool exec Maia.Sre.Ci.Tool --yes -- check",
        }));
        Assert.That(Readme.Blocks("README.md", "Install", "bash")[0], Does.StartWith("dotnet tool install --global Maia.Sre.Ci.Tool\n"));
    }

    [Test]
    public void The_pre_commit_snippets_install_the_hooks_this_repository_defines()
    {
        var hooks = Text(".pre-commit-hooks.yaml");
        var ids = HookId().Matches(hooks).Select(m => m.Groups[1].Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.EqualTo(new[] { "maia-sre", "maia-sre-system" }));
            Assert.That(hooks, Does.Contain("language: dotnet\n").And.Contain("language: system\n").And.Contain("pass_filenames: true\n"));
            Assert.That(Regex.Matches(hooks, "\n  entry: maia-sre check --pre-commit\n"), Has.Count.EqualTo(2), "the command is the tool's command name; check is its lint verb, run as a hook");
            Assert.That(Readme.Blocks("README.md", "Install", "yaml").Single(b => b.Contains("rev:", StringComparison.Ordinal)), Is.EqualTo(Readme.Blocks("docs/pre-commit.md", "`maia-sre`: built by pre-commit", "yaml").Single()));
        });
    }

    /// <summary>
    /// One release everywhere a user copies it from: the action's tag in the samples and docs, the tool version the
    /// action installs by default, the pre-commit <c>rev</c> and the MSBuild package version are the packed version.
    /// </summary>
    [Test]
    public void Every_snippet_names_the_release_being_packed()
    {
        var version = PackedFeed.ToolVersion;
        var documents = new[] { "README.md", "docs/github-action.md", "docs/pre-commit.md", "docs/fixing.md", "docs/msbuild.md", "samples/github-workflow.yml", "samples/fix-workflow.yml" };
        Assert.Multiple(() =>
        {
            Assert.That(Regex.Match(Text("action.yml"), "\n  version:\n(?:    .*\n)*?    default: '([^']+)'").Groups[1].Value, Is.EqualTo(version), "action.yml's version default");
            foreach (var document in documents)
            {
                var text = Text(document);
                Assert.That(ActionTag().Matches(text).Select(m => m.Groups[1].Value), Is.All.EqualTo("v" + version), document + ": uses: maia-sre/Maia.Sre.Ci@");
                Assert.That(Regex.Matches(text, @"\n\s+rev: (\S+)").Select(m => m.Groups[1].Value), Is.All.EqualTo("v" + version), document + ": pre-commit rev");
                Assert.That(Regex.Matches(text, "Include=\"Maia.Sre.Ci.MSBuild\" Version=\"([^\"]+)\"").Select(m => m.Groups[1].Value), Is.All.EqualTo(version), document + ": MSBuild package");
            }
        });
    }

    [GeneratedRegex(@"^- id: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex HookId();

    [GeneratedRegex(@"uses: maia-sre/Maia\.Sre\.Ci@(\S+)")]
    private static partial Regex ActionTag();
}
