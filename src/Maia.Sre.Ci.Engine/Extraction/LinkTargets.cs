namespace Maia.Sre.Ci.Extraction;

/// <summary>Classifies and cleans Markdown/HTML link targets.</summary>
public static class LinkTargets
{
    /// <summary>True for targets with a scheme (<c>https:</c>, <c>mailto:</c>), protocol-relative <c>//host</c>, or pure anchors.</summary>
    public static bool IsExternalOrAnchor(string target)
    {
        if (target.Length == 0 || target[0] == '#' || target.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = target.IndexOf(':', StringComparison.Ordinal);
        if (colon > 1)
        {
            var scheme = target.AsSpan(0, colon);
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
    public static (string Path, string? Fragment) Split(string target)
    {
        string? fragment = null;
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = target[(hash + 1)..];
            target = target[..hash];
        }

        var query = target.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            target = target[..query];
        }

        if (target.Contains('%', StringComparison.Ordinal))
        {
            try
            {
                target = Uri.UnescapeDataString(target);
            }
            catch (UriFormatException)
            {
                // Keep the text as written; it will simply not resolve.
            }
        }

        return (target, fragment);
    }
}
