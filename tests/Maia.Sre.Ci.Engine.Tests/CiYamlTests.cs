using System.Globalization;
using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Extraction.Yaml;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>The CI readers: which values are scripts, how each is read, the folder it runs in, where each reference is.</summary>
public sealed class CiYamlTests
{
    private static readonly ExtensionSet Extensions = new(PhantomDefaults.Extensions);

    private static ExtractionOutput Extract(string path, string yaml)
    {
        var output = new ExtractionOutput();
        var extractor = ExtractorSelector.For(path);
        Assert.That(extractor, Is.InstanceOf<YamlExtractor>(), path);
        extractor.Extract(new SourceText(path, yaml), Extensions, output);
        return output;
    }

    /// <summary>Each reference as text@line:column, with " in folder" when its folder is not the root and " in ?" when unknown.</summary>
    private static string[] Found(ExtractionOutput output) =>
        output.References.Select(r => $"{r.Text}@{r.Line}:{r.Column}" + (r.Kind == ReferenceKind.LocalAction ? "" : r.Folder is null ? " in ?" : r.Folder is "/" ? "" : " in " + r.Folder.TrimStart('/'))).ToArray();

    [TestCase(".github/workflows/ci.yml", "GitHubWorkflow")]
    [TestCase(".github/workflows/release.yaml", "GitHubWorkflow")]
    [TestCase("tools/action.yml", "GitHubAction")]
    [TestCase(".gitlab-ci.yml", "GitLabCi")]
    [TestCase("ci/deploy.gitlab-ci.yml", "GitLabCi")]
    [TestCase(".gitlab/ci/build.yml", "GitLabCi")]
    [TestCase("azure-pipelines.yml", "AzurePipelines")]
    [TestCase("azure-pipelines-release.yml", "AzurePipelines")]
    [TestCase(".circleci/config.yml", "CircleCi")]
    [TestCase("bitbucket-pipelines.yml", "BitbucketPipelines")]
    [TestCase("sub/Taskfile.yml", "Taskfile")]
    [TestCase(".pre-commit-config.yaml", "PreCommit")]
    [TestCase(".pre-commit-hooks.yaml", "PreCommit")]
    public void Each_ci_file_gets_its_reader(string path, string field) =>
        Assert.That(YamlExtractor.For(path), Is.SameAs(typeof(YamlExtractor).GetField(field)!.GetValue(null)));

    [TestCase("docker-compose.yml")]
    [TestCase("config/settings.yaml")]
    [TestCase("docs/.github/workflows.yml")]
    public void Other_yaml_is_plain_text(string path) =>
        Assert.That(ExtractorSelector.For(path), Is.SameAs(PlainExtractor.Instance));

    [Test]
    public void The_shell_decides_how_a_step_is_read()
    {
        const string yaml = """
            defaults:
              run:
                shell: python
            jobs:
              a:
                steps:
                  - run: |
                      import os  # old.py
                      os.system(". ./env.sh; tools/x.py")
                  - shell: bash
                    run: . ./setup-env && tools/y.sh  # z.sh
                  - shell: pwsh
                    run: . ./lib/helpers.ps1
                  - shell: node {0}
                    run: require('./gen.js') // note.js
            """;
        Assert.That(Found(Extract(".github/workflows/ci.yml", yaml)), Is.EqualTo(new[]
        {
            "./env.sh@9:24", "tools/x.py@9:34", "./setup-env@11:16", "tools/y.sh@11:31", "./lib/helpers.ps1@13:16", "./gen.js@15:23", "note.js@15:37",
        }));
    }

    [Test]
    public void Working_folders_follow_steps_jobs_and_the_workflow_and_expressions_are_unknown()
    {
        const string yaml = """
            defaults: {run: {working-directory: ./web/}}
            jobs:
              a:
                steps:
                  - run: a.sh
                  - run: b.sh
                    working-directory: ${{ matrix.dir }}
                  - run: c.sh
                    working-directory: .
              b:
                defaults: {run: {working-directory: "${{ github.workspace }}/api"}}
                steps:
                  - run: d.sh
            """;
        Assert.That(Found(Extract(".github/workflows/ci.yml", yaml)), Is.EqualTo(new[] { "a.sh@5:14 in web", "b.sh@6:14 in ?", "c.sh@8:14", "d.sh@13:14 in api" }));
    }

    [Test]
    public void Composite_actions_and_reusable_workflows()
    {
        var action = Extract("x/action.yml", "runs:\n  using: composite\n  steps:\n    - uses: ./y\n    - run: ./go.sh\n      shell: bash\n      working-directory: x\n");
        Assert.That(Found(action), Is.EqualTo(new[] { "./y@4:13", "./go.sh@5:12 in x" }));
        var workflow = Extract(".github/workflows/ci.yml", "jobs:\n  call:\n    uses: ./.github/workflows/reusable.yml\n  other:\n    uses: octo/repo/.github/workflows/x.yml@v1\n");
        Assert.That(workflow.References.Select(r => (r.Text, r.Kind)), Is.EqualTo(new[] { ("./.github/workflows/reusable.yml", ReferenceKind.LocalAction) }));
    }

    [Test]
    public void GitLab_reads_script_keys_through_anchors_merges_and_references()
    {
        const string yaml = """
            .a: &a
              script: [a.sh]
            .lines:
              more: [b.sh, c.sh]
            job:
              <<: *a
              before_script:
                - !reference [.lines, more]
              after_script: d.sh
            variables:
              X: e.sh
            """;
        Assert.That(Found(Extract(".gitlab-ci.yml", yaml)), Is.EqualTo(new[] { "a.sh@2:12", "b.sh@4:10", "c.sh@4:16", "d.sh@9:17" }));
    }

    [Test]
    public void Azure_reads_script_steps_and_script_tasks_anywhere()
    {
        const string yaml = """
            jobs:
              - deployment: d
                strategy:
                  runOnce:
                    deploy:
                      steps:
                        - powershell: ./a.ps1
                          workingDirectory: $(Build.SourcesDirectory)/ops
                        - task: PythonScript@0
                          inputs:
                            scriptSource: inline
                            script: import b  # . ./c.sh
                        - task: AzureCLI@2
                          inputs:
                            ScriptPath: d.sh
                          displayName: e.sh
            """;
        Assert.That(Found(Extract("azure-pipelines.yml", yaml)), Is.EqualTo(new[] { "./a.ps1@7:27 in ops", "d.sh@15:29" }));
    }

    [Test]
    public void CircleCi_reads_run_steps_in_jobs_commands_and_conditions()
    {
        const string yaml = """
            commands:
              setup:
                steps:
                  - run: a.sh
            jobs:
              build:
                working_directory: ~/project/app
                steps:
                  - checkout
                  - when:
                      condition: true
                      steps:
                        - run: {command: b.sh, working_directory: sub}
                  - run:
                      name: c.sh
                      command: d.sh
            """;
        Assert.That(Found(Extract(".circleci/config.yml", yaml)), Is.EqualTo(new[] { "a.sh@4:14", "b.sh@13:30 in app/sub", "d.sh@16:20 in app" }));
    }

    [Test]
    public void Bitbucket_and_Task_read_their_commands()
    {
        var bitbucket = Extract("bitbucket-pipelines.yml", "definitions:\n  steps:\n    - step: &s\n        script: [a.sh, {pipe: x/y.sh}]\npipelines:\n  default:\n    - step: *s\n");
        Assert.That(Found(bitbucket), Is.EqualTo(new[] { "a.sh@4:18" }));
        var task = Extract("build/Taskfile.yml", "tasks:\n  a:\n    dir: ../tools\n    cmds: [a.sh, {cmd: b.sh}, {task: c}]\n  b: c.sh\n");
        Assert.That(Found(task), Is.EqualTo(new[] { "a.sh@4:12 in tools", "b.sh@4:24 in tools", "c.sh@5:6 in build" }));
    }

    [Test]
    public void Escapes_and_line_ends_do_not_move_references()
    {
        var output = Extract(".github/workflows/ci.yml", "\uFEFFjobs:\r\n  a:\r\n    steps:\r\n      - run: \"echo \\x41 &&\\\r\n          ./a.sh\\tb.sh \\\"c.sh\\\"\"\r\n");
        Assert.That(output.Problem, Is.Null);
        Assert.That(Found(output), Is.EqualTo(new[] { "./a.sh@5:11", "b.sh@5:19", "c.sh@5:26" }));
    }

    [Test]
    public void A_reference_with_an_escape_has_the_text_yaml_gives_it_and_its_extent_in_the_file()
    {
        var output = Extract(".github/workflows/ci.yml", "jobs:\n  a:\n    steps:\n      - run: \"bash ./a\\x2esh\"\n");
        Assert.That(output.References.Select(r => (r.Text, r.Line, r.Column, r.Length)), Is.EqualTo(new[] { ("./a.sh", 4, 20, 9) }));
    }

    [Test]
    public void A_run_that_is_a_list_is_not_a_script_but_a_gitlab_script_list_is()
    {
        Assert.That(Extract(".github/workflows/ci.yml", "jobs:\n  a:\n    steps:\n      - run: [a.sh]\n").References, Is.Empty);
        Assert.That(Found(Extract(".gitlab-ci.yml", "a:\n  script: [a.sh]\n")), Is.EqualTo(new[] { "a.sh@2:12" }));
    }

    [Test]
    public void Malformed_yaml_is_one_problem_at_the_place_the_parser_stopped()
    {
        var output = Extract(".github/workflows/ci.yml", "jobs:\n  a:\n    steps:\n      - run: a.sh\n     - run: b.sh\n");
        Assert.Multiple(() =>
        {
            Assert.That(output.References, Is.Empty);
            Assert.That(output.Problem, Is.EqualTo(new ExtractionProblem("not valid YAML, so its commands were not checked: while parsing a block mapping, did not find expected key", 5, 6)));
        });
    }

    [Test]
    public void Aliases_that_multiply_are_read_once()
    {
        // Ten levels of ten aliases each: 10^10 script lines if expanded, one reference when each list is read once.
        var yaml = new System.Text.StringBuilder("l0: &l0 [a.sh]\n");
        for (var level = 1; level <= 10; level++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"l{level}: &l{level} [").Append(string.Join(", ", Enumerable.Repeat("*l" + (level - 1).ToString(CultureInfo.InvariantCulture), 10))).Append("]\n");
        }

        yaml.Append("job:\n  script: *l10\n  <<: [").Append(string.Join(", ", Enumerable.Repeat("*l10", 10))).Append("]\n");
        Assert.That(Found(Extract(".gitlab-ci.yml", yaml.ToString())), Is.EqualTo(new[] { "a.sh@1:10" }));
    }

    [TestCase("app", "", "app")]
    [TestCase("./app/", "", "app")]
    [TestCase(".", "", "")]
    [TestCase("../tools", "build", "tools")]
    [TestCase("../..", "", null)]
    [TestCase("/abs", "", null)]
    [TestCase("${{ matrix.x }}", "", null)]
    [TestCase("$GITHUB_WORKSPACE/web", "sub", "web")]
    [TestCase("~/project", "", "")]
    [TestCase("~/elsewhere", "", null)]
    public void Working_folder_values(string written, string relativeTo, string? expected) =>
        Assert.That(WorkingFolder.Resolve(written, relativeTo), Is.EqualTo(expected));
}
