namespace Maia.Sre.Ci.Extraction;

/// <summary>Chooses the extractor for a source file by its path.</summary>
public static class ExtractorSelector
{
    private static readonly string[] Markdown = [".md", ".markdown", ".mdx", ".mdc"];
    private static readonly string[] Shell = [".sh", ".bash", ".zsh", ".ksh", ".bats"];
    private static readonly string[] PowerShell = [".ps1", ".psm1"];
    private static readonly string[] Batch = [".cmd", ".bat"];
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

        if (ext.SequenceEqual(".rst") || ext.SequenceEqual(".rest"))
        {
            return RstExtractor.Instance;
        }

        if (IsAny(ext, Shell))
        {
            return ShellExtractor.Instance;
        }

        if (IsAny(ext, PowerShell))
        {
            return PowerShellExtractor.Instance;
        }

        if (IsAny(ext, Batch))
        {
            return BatchExtractor.Instance;
        }

        if (ext.SequenceEqual(".mk"))
        {
            return MakefileExtractor.Make;
        }

        if (IsAny(ext, Yaml))
        {
            // YAML that no CI system runs (configuration, manifests) is plain text: its values are not commands.
            return YamlExtractor.For(path) ?? (IReferenceExtractor)PlainExtractor.Instance;
        }

        return name switch
        {
            "Makefile" or "makefile" or "GNUmakefile" => MakefileExtractor.Make,
            "justfile" or "Justfile" or ".justfile" => MakefileExtractor.Just,
            "Dockerfile" => DockerfileExtractor.Instance,
            _ when name.StartsWith("Dockerfile.", StringComparison.Ordinal) || name.EndsWith(".Dockerfile", StringComparison.Ordinal) => DockerfileExtractor.Instance,
            "package.json" => PackageJsonExtractor.Instance,
            _ when path.StartsWith(".husky/", StringComparison.Ordinal) || path.StartsWith(".githooks/", StringComparison.Ordinal) => ShellExtractor.Instance,
            _ => PlainExtractor.Instance,
        };
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
