namespace Maia.Sre.Ci.Extraction;

/// <summary>Any other text (agent rule files, <c>package.json</c>, generic YAML): tool tokens on every line.</summary>
public sealed class PlainExtractor : IReferenceExtractor
{
    /// <summary>A shared instance.</summary>
    public static readonly PlainExtractor Instance = new();

    /// <inheritdoc/>
    public void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output)
    {
        var spans = output.Spans;
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i);
            spans.Clear();
            PathTokenScanner.Scan(line, extensions, spans);
            foreach (var (start, length) in spans)
            {
                if (!MarkdownExtractor.IsUrlTail(line, start))
                {
                    output.References.Add(new RawReference(line.Slice(start, length).ToString(), i + 1, start + 1, length, ReferenceKind.Tool));
                }
            }
        }
    }
}
