namespace Maia.Sre.Ci.Extraction;

/// <summary>Classifies and cleans Markdown/HTML link targets.</summary>
public static class LinkTargets
{
    /// <summary>True for targets with a scheme (<c>https:</c>, <c>mailto:</c>), protocol-relative <c>//host</c>, or pure anchors.</summary>
    public static bool IsExternalOrAnchor(string target) => IsExternalOrAnchor(target.AsSpan());

    /// <inheritdoc cref="IsExternalOrAnchor(string)"/>
    public static bool IsExternalOrAnchor(ReadOnlySpan<char> target)
    {
        if (target.Length == 0 || target[0] == '#' || target.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = target.IndexOf(':');
        if (colon > 1)
        {
            var scheme = target[..colon];
            var ok = char.IsAsciiLetter(scheme[0]);
            foreach (var c in scheme)
            {
                ok &= char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.';
            }

            return ok;
        }

        return false;
    }

    /// <summary>Splits off <c>#fragment</c> and <c>?query</c> and decodes <c>%20</c>-style escapes.</summary>
    public static (string Path, string? Fragment) Split(string target) => Split(target.AsSpan());

    /// <inheritdoc cref="Split(string)"/>
    public static (string Path, string? Fragment) Split(ReadOnlySpan<char> target)
    {
        // Only the two parts become strings.
        string? fragment = null;
        var hash = target.IndexOf('#');
        if (hash >= 0)
        {
            fragment = target[(hash + 1)..].ToString();
            target = target[..hash];
        }

        var query = target.IndexOf('?');
        if (query >= 0)
        {
            target = target[..query];
        }

        var path = target.ToString();
        if (target.Contains('%'))
        {
            try
            {
                path = Uri.UnescapeDataString(path);
            }
            catch (UriFormatException)
            {
                // Keep the text as written; it will simply not resolve.
            }
        }

        return (path, fragment);
    }
}
