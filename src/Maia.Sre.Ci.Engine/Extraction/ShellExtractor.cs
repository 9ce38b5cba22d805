namespace Maia.Sre.Ci.Extraction;

/// <summary>Shell, PowerShell, Makefiles and task files: every non-comment line is a command line.</summary>
public sealed class ShellExtractor : IReferenceExtractor
{
    /// <summary>A shared instance.</summary>
    public static readonly ShellExtractor Instance = new();

    /// <inheritdoc/>
    public void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output)
    {
        var scratch = output.Spans;
        for (var i = 0; i < text.LineCount; i++)
        {
            // Every line is looked at once: made a string here, not kept in the text's table of lines.
            var code = ShellLine.WithoutComment(text.Line(i).ToString());
            Extraction.ScriptFolderVariables.Read(code, output.ScriptFolderVariables);
            if (code.Length > 0)
            {
                ShellLine.Scan(code, i + 1, extensions, output.References, scratch);
            }
        }
    }
}
