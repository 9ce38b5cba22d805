using BenchmarkDotNet.Attributes;
using Maia.Sre.Ci.Benchmarks.Inputs;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Benchmarks;

/// <summary>
/// The GitHub flavour of <see cref="YamlExtractor"/> on a 9-job workflow (about 200 lines): <c>run:</c> lines and
/// blocks, local actions, <c>working-directory</c>; names, conditions and pinned actions are skipped.
/// </summary>
[MemoryDiagnoser]
public class WorkflowExtractionBenchmarks
{
    private IReferenceExtractor extractor = null!;
    private string workflow = "";

    [GlobalSetup]
    public void Setup()
    {
        workflow = GitHubWorkflow.WithJobs(9);
        extractor = ExtractorSelector.For(GitHubWorkflow.Path);
        Expect.That(extractor == YamlExtractor.GitHubWorkflow, "a workflow is read by the GitHub Actions YAML extractor");

        var output = Extract();
        Expect.That(output.References.Exists(r => r is { Kind: ReferenceKind.Tool, Text: "tools/lint/check_0.py" }), "single-line run");
        Expect.That(output.References.Exists(r => r is { Kind: ReferenceKind.Tool, Text: "scripts/ci/verify_0.sh" }), "run block");
        Expect.That(output.References.Exists(r => r is { Kind: ReferenceKind.LocalAction, Text: "./.github/actions/setup_0" }), "local action");
        Expect.That(output.References.Exists(r => r.Text == "./package.sh" && r.Folder == "/services/svc_0"), "working-directory");
        Expect.That(!output.References.Exists(r => r.Text == "tools/lint/check.py"), "step names are not commands");
    }

    [Benchmark]
    public int Extract9JobWorkflow() => Extract().References.Count;

    private ExtractionOutput Extract() => ExtractOnce.Run(extractor, GitHubWorkflow.Path, workflow);
}
