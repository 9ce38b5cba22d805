namespace Maia.Sre.Ci.Extraction.Shell;

/// <summary>Whether a word, as a command would take it, is a plain relative path worth resolving.</summary>
internal static class PlainPath
{
    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj", ".sln", ".slnx", ".props", ".targets", ".proj"];
    private static readonly string[] ManifestNames = ["package.json", "pyproject.toml", "Cargo.toml", "go.mod"];

    /// <summary>
    /// True for a relative path written literally: no expansion, glob, quote, option dash, scheme, scoped package
    /// (<c>@scope/name</c>), home or absolute path.
    /// </summary>
    public static bool IsPlain(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text[0] is '-' or '/' or '~' or '@' || text is ".")
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '"' or '\'' or '`' or '$' or '*' or '?' or '[' or ']' or '{' or '}' or '<' or '>' or '|'
                or ';' or '&' or '(' or ')' or '=' or ':' or ',' or '\\' or '%' or '!')
            {
                return false;
            }
        }

        return !text.EndsWith("/", StringComparison.Ordinal) || text.Length > 1;
    }

    /// <summary>True for a project, solution or manifest file name (<c>x.csproj</c>, <c>package.json</c>, <c>Cargo.toml</c>).</summary>
    public static bool IsProjectFile(ReadOnlySpan<char> text)
    {
        var name = text[(text.LastIndexOf('/') + 1)..];
        foreach (var ext in ProjectExtensions)
        {
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase) && name.Length > ext.Length)
            {
                return true;
            }
        }

        foreach (var manifest in ManifestNames)
        {
            if (name.SequenceEqual(manifest))
            {
                return true;
            }
        }

        return false;
    }
}
