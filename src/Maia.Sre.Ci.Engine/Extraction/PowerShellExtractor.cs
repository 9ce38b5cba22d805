namespace Maia.Sre.Ci.Extraction;

/// <summary>PowerShell scripts and modules (<c>.ps1</c>, <c>.psm1</c>): every line through <see cref="PowerShell.PowerShellScript"/>.</summary>
public sealed class PowerShellExtractor : IReferenceExtractor
{
    /// <summary>A shared instance.</summary>
    public static readonly PowerShellExtractor Instance = new();

    /// <inheritdoc/>
    public void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output)
    {
        var script = output.PowerShell(extensions);
        script.TestCode = Analysis.SourceTraitsOf.IsTestCode(text.Path, text.Path[(text.Path.LastIndexOf('/') + 1)..]);
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i);
            if (!line.IsWhiteSpace())
            {
                script.Line(line, i + 1, 0, output.References);
            }
        }
    }
}
