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
        var output = Extract(YamlExtractor.GitHub, yaml);
        Assert.That(output.References.Select(r => (r.Text, r.Kind)), Is.EqualTo(new[]
        {
            ("./.github/actions/setup", ReferenceKind.LocalAction),
            ("./a.sh", ReferenceKind.Tool),
            ("c.py", ReferenceKind.Tool),
            ("d.sh", ReferenceKind.Tool),
        }));
        Assert.That(output.BaseFolders, Is.EqualTo(new[] { "sub" }));
    }

    [Test]
    public void Generic_yaml_reads_every_value_but_not_comments()
    {
        var output = Extract(YamlExtractor.Generic, "# lint.sh\nentry: scripts/lint.sh\nscript:\n  - make x.sh\n");
        Assert.That(output.References.Select(r => r.Text), Is.EqualTo(new[] { "scripts/lint.sh", "x.sh" }));
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
}
