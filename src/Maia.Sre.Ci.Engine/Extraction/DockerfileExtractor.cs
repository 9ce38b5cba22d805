namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// Dockerfiles: <c>COPY</c> and <c>ADD</c> read their sources from the build context and write their destination in
/// the image; <c>RUN</c> commands run inside the image, so what they name is doubtful unless it exists.
/// </summary>
public sealed class DockerfileExtractor : IReferenceExtractor
{
    /// <summary>A shared instance.</summary>
    public static readonly DockerfileExtractor Instance = new();

    private const string InImage = "it is named inside the image being built";

    /// <inheritdoc/>
    public void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output)
    {
        var spans = output.Spans;
        var continued = false;
        var instruction = "";
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i);
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("#", StringComparison.Ordinal) || trimmed.Length == 0)
            {
                continue;
            }

            var from = 0;
            if (!continued)
            {
                var space = trimmed.IndexOfAny(' ', '\t');
                instruction = (space < 0 ? trimmed : trimmed[..space]).ToString().ToUpperInvariant();
                from = line.Length - trimmed.Length + (space < 0 ? trimmed.Length : space);
            }

            continued = line.TrimEnd().EndsWith("\\", StringComparison.Ordinal);
            spans.Clear();
            PathTokenScanner.Scan(line[from..], extensions, spans);
            var copy = instruction is "COPY" or "ADD" && !line.Contains("--from", StringComparison.Ordinal);
            for (var k = 0; k < spans.Count; k++)
            {
                var (start, length) = spans[k];
                var at = from + start;
                if (MarkdownExtractor.IsUrlTail(line, at))
                {
                    continue;
                }

                var last = k == spans.Count - 1 && !continued && line[(at + length)..].Trim().Length == 0;
                var role = copy ? (last ? ReferenceRole.Produce : ReferenceRole.Read) : ReferenceRole.Data;
                output.References.Add(new RawReference(line.Slice(at, length).ToString(), i + 1, at + 1, length, ReferenceKind.Tool)
                {
                    Role = role,
                    Doubt = copy ? null : InImage,
                });
            }
        }
    }
}
