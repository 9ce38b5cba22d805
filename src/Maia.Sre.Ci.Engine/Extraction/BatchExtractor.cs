namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// Windows batch files (<c>.cmd</c>, <c>.bat</c>): each line is read as a command line with backslashes as folder
/// separators, <c>%~dp0</c> as the script's folder and <c>REM</c>/<c>::</c> comments skipped.
/// </summary>
public sealed class BatchExtractor : IReferenceExtractor
{
    /// <summary>A shared instance.</summary>
    public static readonly BatchExtractor Instance = new();

    /// <inheritdoc/>
    public void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output)
    {
        var script = output.Shell(extensions);
        script.TestCode = Analysis.SourceTraitsOf.IsTestCode(text.Path, text.Path[(text.Path.LastIndexOf('/') + 1)..]);
        Span<char> buffer = stackalloc char[512];
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i);
            var trimmed = line.TrimStart(" \t@");
            if (trimmed.Length == 0 || trimmed.StartsWith("::", StringComparison.Ordinal)
                || trimmed.StartsWith("rem ", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("rem", StringComparison.OrdinalIgnoreCase)
                || line.Length > buffer.Length)
            {
                continue;
            }

            var copy = buffer[..line.Length];
            line.CopyTo(copy);
            copy.Replace('\\', '/');
            script.NewShell();
            script.Line(copy, i + 1, 0, output.References);
        }
    }
}
