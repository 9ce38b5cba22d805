using BenchmarkDotNet.Attributes;
using Maia.Sre.Ci.Benchmarks.Inputs;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Benchmarks;

/// <summary>
/// <see cref="MarkdownExtractor"/> on a typical 200-line doc and on a 1 MB one (generated changelogs and references
/// are that big). Each operation splits the text into lines and extracts every reference, as the analyzer does per file.
/// </summary>
[MemoryDiagnoser]
public class MarkdownExtractionBenchmarks
{
    private string typical = "";
    private string large = "";

    [GlobalSetup]
    public void Setup()
    {
        typical = MarkdownDocument.WithLines(200);
        large = MarkdownDocument.WithLength(1 << 20);

        var found = Extract(typical).References;
        Expect.That(found.Exists(r => r is { Kind: ReferenceKind.Tool, Text: "tools/lint/check_0.py" }), "inline code is a tool reference");
        Expect.That(found.Exists(r => r is { Kind: ReferenceKind.Tool, Text: "scripts/setup/setup_0.sh" }), "fenced bash is a tool reference");
        Expect.That(found.Exists(r => r is { Kind: ReferenceKind.Link, Text: "../runbooks/deploy_0.md", Fragment: "setup" }), "relative link with fragment");
        Expect.That(found.Exists(r => r is { Kind: ReferenceKind.Link, Text: "../../assets/img_0.png" }), "image");
        Expect.That(!found.Exists(r => r.Text.Contains("install.sh", StringComparison.Ordinal)), "URLs are not references");
        Expect.That(!found.Exists(r => r.Text.Contains("migrate_", StringComparison.Ordinal)), "HTML comments are skipped");
    }

    [Benchmark(Baseline = true)]
    public int Extract200LineDocument() => Extract(typical).References.Count;

    [Benchmark]
    public int Extract1MbDocument() => Extract(large).References.Count;

    private static ExtractionOutput Extract(string text) => ExtractOnce.Run(MarkdownExtractor.Instance, MarkdownDocument.Path, text);
}
