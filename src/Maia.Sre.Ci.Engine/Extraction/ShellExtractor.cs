namespace Maia.Sre.Ci.Extraction;

/// <summary>POSIX shell scripts (<c>.sh</c>, <c>.bash</c>, <c>.zsh</c>, git hooks): every line through <see cref="Shell.ShellScript"/>.</summary>
public sealed class ShellExtractor : IReferenceExtractor
{
    /// <summary>A shared instance.</summary>
    public static readonly ShellExtractor Instance = new();

    /// <inheritdoc/>
    public void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output)
    {
        var script = output.Shell(extensions);
        script.TestCode = Analysis.SourceTraitsOf.IsTestCode(text.Path, text.Path[(text.Path.LastIndexOf('/') + 1)..]);
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i);
            if (line.Contains("dirname", StringComparison.Ordinal) || line.Contains("PSScriptRoot", StringComparison.Ordinal))
            {
                Extraction.ScriptFolderVariables.Read(line.ToString(), output.ScriptFolderVariables);
            }

            if (!line.IsWhiteSpace())
            {
                script.Line(line, i + 1, 0, output.References);
            }
        }
    }
}
