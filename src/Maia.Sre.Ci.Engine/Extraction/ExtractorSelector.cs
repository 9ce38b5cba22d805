namespace Maia.Sre.Ci.Extraction;

/// <summary>Chooses the extractor for a source file by its path.</summary>
public static class ExtractorSelector
{
    private static readonly string[] Markdown = [".md", ".markdown", ".mdx", ".mdc"];
    private static readonly string[] Shell = [".sh", ".bash", ".zsh", ".ps1", ".psm1", ".mk", ".cmd", ".bat"];
    private static readonly string[] Yaml = [".yml", ".yaml"];

    /// <summary>The extractor for <paramref name="path"/> (repository-relative, <c>/</c>-separated).</summary>
    public static IReferenceExtractor For(string path)
    {
        // Spans only: this runs once per source, a hundred thousand times in a large repository.
        var name = path.AsSpan(path.LastIndexOf('/') + 1);
        Span<char> buffer = stackalloc char[16];
        var length = Path.GetExtension(name).ToLowerInvariant(buffer); // -1 when longer than any extension here
        var ext = length < 0 ? [] : buffer[..length];
        if (IsAny(ext, Markdown))
        {
            return MarkdownExtractor.Instance;
        }

        if (IsAny(ext, Shell))
        {
            return ShellExtractor.Instance;
        }

        if (IsAny(ext, Yaml))
        {
            // YAML that no CI system runs (configuration, manifests) is plain text: its values are not commands.
            return YamlExtractor.For(path) ?? (IReferenceExtractor)PlainExtractor.Instance;
        }

        return name is "Makefile" or "makefile" or "GNUmakefile" or "justfile" or "Justfile" or "Dockerfile"
            ? ShellExtractor.Instance
            : PlainExtractor.Instance;
    }

    /// <summary>True when <paramref name="ext"/> (lower-cased) is one of <paramref name="extensions"/>.</summary>
    private static bool IsAny(ReadOnlySpan<char> ext, string[] extensions)
    {
        foreach (var candidate in extensions)
        {
            if (ext.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
