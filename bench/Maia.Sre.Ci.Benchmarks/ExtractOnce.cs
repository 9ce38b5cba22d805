using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Benchmarks;

/// <summary>One extraction as the analyzer does it per file: split the text into lines, extract every reference.</summary>
internal static class ExtractOnce
{
    private static readonly ExtensionSet Extensions = new(PhantomDefaults.Extensions);

    public static ExtractionOutput Run(IReferenceExtractor extractor, string path, string text)
    {
        using var source = new SourceText(path, text);
        var output = new ExtractionOutput();
        extractor.Extract(source, Extensions, output);
        return output;
    }
}
