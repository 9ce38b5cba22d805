namespace Maia.Sre.Ci.Configuration;

/// <summary>Validation of glob patterns as Microsoft.Extensions.FileSystemGlobbing understands them.</summary>
public static class GlobPatterns
{
    /// <summary>Returns what is wrong with <paramref name="pattern"/>, or null when it is usable.</summary>
    public static string? Validate(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "an empty glob pattern matches nothing";
        }

        if (pattern.StartsWith('/') || (pattern.Length > 1 && pattern[1] == ':'))
        {
            return $"glob '{pattern}' is absolute; patterns are relative to the repository root";
        }

        if (pattern.Contains('\\', StringComparison.Ordinal))
        {
            return $"glob '{pattern}' contains '\\'; use '/' as the folder separator";
        }

        if (pattern.Split('/').Contains(".."))
        {
            return $"glob '{pattern}' climbs out of the root with '..'";
        }

        if (pattern.IndexOfAny(['{', '}']) >= 0)
        {
            return $"glob '{pattern}' uses braces, which are not supported; list each alternative as its own pattern";
        }

        if (pattern.IndexOfAny(['[', ']']) >= 0)
        {
            return $"glob '{pattern}' uses a character class, which is not supported; use '*' or '?'";
        }

        foreach (var segment in pattern.Split('/'))
        {
            if (segment.Contains("**", StringComparison.Ordinal) && segment != "**")
            {
                return $"glob '{pattern}': '**' must be a whole folder segment (as in 'docs/**/*.md')";
            }
        }

        return null;
    }
}
