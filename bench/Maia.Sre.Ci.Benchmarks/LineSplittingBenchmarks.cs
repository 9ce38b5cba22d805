using System.Text;
using BenchmarkDotNet.Attributes;
using Maia.Sre.Ci.Benchmarks.Inputs;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Benchmarks;

/// <summary>
/// <see cref="SourceText"/> on a 1 MB Markdown document: splitting a string into line spans, and decoding UTF-8
/// bytes into pooled memory and splitting them (what the analyzer does with every file it reads).
/// </summary>
[MemoryDiagnoser]
public class LineSplittingBenchmarks
{
    private string text = "";
    private byte[] utf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        text = MarkdownDocument.WithLength(1 << 20);
        utf8 = Encoding.UTF8.GetBytes(text);
        Expect.That(Split1MbString() == text.Count('\n') + (text.EndsWith('\n') ? 0 : 1), "one line per terminator");
        Expect.That(DecodeAndSplit1MbUtf8() == Split1MbString(), "decoding keeps the lines");
    }

    [Benchmark(Baseline = true)]
    public int Split1MbString()
    {
        using var source = new SourceText(MarkdownDocument.Path, text);
        return source.LineCount;
    }

    [Benchmark]
    public int DecodeAndSplit1MbUtf8()
    {
        using var source = SourceText.Decode(MarkdownDocument.Path, utf8);
        return source.LineCount;
    }
}
