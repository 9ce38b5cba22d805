namespace Maia.Sre.Ci.Resolution;

/// <summary>Prefixes that stand for the repository root (<c>${REPO_ROOT}/</c>, <c>/Users/*/git/maia/</c>), shared by every rule set.</summary>
public static class RootAliases
{
    /// <summary>The rest of <paramref name="text"/> after the first alias it starts with, or null when none matches.</summary>
    public static string? Strip(string text, IReadOnlyList<string> aliases)
    {
        for (var a = 0; a < aliases.Count; a++)
        {
            var alias = aliases[a];
            // An alias may contain '*' (one folder name); try each prefix length that ends in '/'.
            if (!alias.Contains('*', StringComparison.Ordinal))
            {
                if (text.StartsWith(alias, StringComparison.Ordinal))
                {
                    return text[alias.Length..];
                }

                continue;
            }

            for (var i = text.IndexOf('/', StringComparison.Ordinal); i >= 0; i = text.IndexOf('/', i + 1))
            {
                if (MatchesAlias(alias, text.AsSpan(0, i + 1)))
                {
                    return text[(i + 1)..];
                }
            }
        }

        return null;
    }

    private static bool MatchesAlias(string alias, ReadOnlySpan<char> prefix)
    {
        // '*' in an alias matches exactly one folder name (no '/').
        var parts = alias.Split('*');
        var at = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i == 0)
            {
                if (!prefix.StartsWith(part, StringComparison.Ordinal))
                {
                    return false;
                }

                at = part.Length;
                continue;
            }

            var slash = prefix[at..].IndexOf('/');
            if (slash <= 0)
            {
                return false;
            }

            at += slash;
            if (!prefix[at..].StartsWith(part, StringComparison.Ordinal))
            {
                return false;
            }

            at += part.Length;
        }

        return at == prefix.Length;
    }
}
