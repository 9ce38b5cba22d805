namespace Maia.Sre.Ci.Extraction;

/// <summary>Chooses the extractor for a source file by its path.</summary>
public static class ExtractorSelector
{
    /// <summary>The extractor for <paramref name="path"/> (repository-relative, <c>/</c>-separated).</summary>
    public static IReferenceExtractor For(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var ext = Path.GetExtension(name).ToLowerInvariant();
        switch (ext)
        {
            case ".md" or ".markdown" or ".mdx" or ".mdc":
                return MarkdownExtractor.Instance;
            case ".sh" or ".bash" or ".zsh" or ".ps1" or ".psm1" or ".mk" or ".cmd" or ".bat":
                return ShellExtractor.Instance;
            case ".yml" or ".yaml":
                return path.StartsWith(".github/workflows/", StringComparison.Ordinal) || name is "action.yml" or "action.yaml"
                    ? YamlExtractor.GitHub
                    : YamlExtractor.Generic;
        }

        return name is "Makefile" or "makefile" or "GNUmakefile" or "justfile" or "Justfile" or "Dockerfile"
            ? ShellExtractor.Instance
            : PlainExtractor.Instance;
    }
}
