using BenchmarkDotNet.Attributes;
using Maia.Sre.Ci.Benchmarks.Inputs;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Benchmarks;

/// <summary><see cref="ShellExtractor"/> on a 200-line deploy script: sourced files, a script-folder variable, tool calls, comments.</summary>
[MemoryDiagnoser]
public class ShellExtractionBenchmarks
{
    private string script = "";

    [GlobalSetup]
    public void Setup()
    {
        script = ShellScript.WithLines(200);
        Expect.That(ExtractorSelector.For(ShellScript.Path) == ShellExtractor.Instance, "a .sh file is read by the shell extractor");

        var output = Extract();
        Expect.That(output.References.Exists(r => r is { Kind: ReferenceKind.Tool, Text: "tools/deploy/check_0.py" }), "tool call");
        Expect.That(output.References.Exists(r => r.Kind == ReferenceKind.Sourced), "a sourced file without a tool extension");
        Expect.That(output.ScriptFolderVariables.ContainsKey("SCRIPT_DIR"), "script folder variable");
        Expect.That(!output.References.Exists(r => r.Text.Contains("install.sh", StringComparison.Ordinal)), "URLs are not references");
    }

    [Benchmark]
    public int Extract200LineScript() => Extract().References.Count;

    private ExtractionOutput Extract() => ExtractOnce.Run(ShellExtractor.Instance, ShellScript.Path, script);
}
