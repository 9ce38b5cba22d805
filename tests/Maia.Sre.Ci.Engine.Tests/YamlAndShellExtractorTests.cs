using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Engine.Tests;

public sealed class YamlAndShellExtractorTests
{
    private static readonly ExtensionSet Extensions = new(PhantomDefaults.Extensions);

    private static ExtractionOutput Extract(IReferenceExtractor extractor, string text)
    {
        var output = new ExtractionOutput();
        extractor.Extract(new SourceText("f", text), Extensions, output);
        return output;
    }

    [Test]
    public void Workflow_reads_run_blocks_uses_and_working_directory_only()
    {
        const string yaml = """
            name: deploy.sh runner
            jobs:
              a:
                steps:
                  - name: calls x.sh
                    uses: ./.github/actions/setup
                  - run: ./a.sh
                    working-directory: sub
                  - run: |
                      # b.sh in a comment
                      python3 c.py
                      bash "d.sh"
                  - if: e.sh
            """;
        var output = Extract(YamlExtractor.GitHubWorkflow, yaml);
        Assert.That(output.References.Select(r => (r.Text, r.Kind)), Is.EqualTo(new[]
        {
            ("./.github/actions/setup", ReferenceKind.LocalAction),
            ("./a.sh", ReferenceKind.Tool),
            ("c.py", ReferenceKind.Tool),
            ("d.sh", ReferenceKind.Tool),
        }));
        Assert.That(output.References.Select(r => r.Folder), Is.EqualTo(new[] { null, "/sub", "/", "/" }), "the working directory is the step's own; the others run at the root");
    }

    [Test]
    public void Yaml_that_no_ci_system_runs_is_plain_text_not_shell()
    {
        Assert.That(ExtractorSelector.For("deploy/values.yaml"), Is.SameAs(PlainExtractor.Instance));
        Assert.That(ExtractorSelector.For(".pre-commit-config.yaml"), Is.SameAs(YamlExtractor.PreCommit));
        var output = Extract(YamlExtractor.PreCommit, "# lint.sh\nrepos:\n  - repo: local\n    hooks:\n      - id: x\n        entry: scripts/lint.sh\n        name: calls y.sh\n");
        Assert.That(output.References.Select(r => (r.Text, r.Line, r.Column)), Is.EqualTo(new[] { ("scripts/lint.sh", 6, 16) }));
    }

    [Test]
    public void Shell_finds_sourced_files_of_any_extension_and_skips_comments()
    {
        var output = Extract(ShellExtractor.Instance, "#!/bin/bash\n# helper.sh\nsource ./env\n. lib/x.sh # y.sh\necho '#' z.sh\n");
        Assert.That(output.References.Select(r => (r.Text, r.Kind)), Is.EqualTo(new[]
        {
            ("./env", ReferenceKind.Sourced),
            ("lib/x.sh", ReferenceKind.Tool),
            ("z.sh", ReferenceKind.Tool),
        }));
    }

    [Test]
    public void Shell_finds_sourced_files_beside_the_script_through_its_folder_variable()
    {
        var output = Extract(ShellExtractor.Instance, "#!/bin/bash\n. \"$SCRIPT_DIR/../config/defaults.env\"\nsource \"$(dirname \"$0\")/lib.env\"\nsource \"$OTHER/x.env\"\n");
        Assert.That(output.References.Select(r => (r.Text, r.Kind, r.Role)), Is.EqualTo(new[]
        {
            ("$SCRIPT_DIR/../config/defaults.env", ReferenceKind.Sourced, ReferenceRole.Run),
            ("$(dirname \"$0\")/lib.env", ReferenceKind.Sourced, ReferenceRole.Run),
        }));
    }
}
