using System.Buffers;

namespace Maia.Sre.Ci.Resolution;

/// <summary>
/// Prefixes that stand for the repository root (<c>${REPO_ROOT}/</c>, <c>/Users/*/git/maia/</c>), shared by every rule
/// set. Made once from the configured list: every reference is checked against them, and most start with none of the
/// aliases' first characters, which one look-up rules out.
/// </summary>
public sealed class RootAliases
{
    private readonly Alias[] aliases;
    private readonly string[] plain;
    private readonly SearchValues<char> firstChars;

    /// <summary>False when an alias is empty or starts with <c>*</c>: then no first character rules a text out.</summary>
    private readonly bool firstCharDecides;

    /// <summary>Prepares <paramref name="aliases"/>, in the order they are tried.</summary>
    public RootAliases(IReadOnlyList<string> aliases)
    {
        this.aliases = aliases.Select(a => new Alias(a, a.Contains('*', StringComparison.Ordinal) ? a.Split('*') : null)).ToArray();
        plain = aliases.Where(a => !a.Contains('*', StringComparison.Ordinal)).ToArray();
        firstCharDecides = aliases.All(a => a.Length > 0 && a[0] != '*');
        firstChars = SearchValues.Create(firstCharDecides ? string.Concat(aliases.Select(a => a[0]).Distinct()) : "");
        MaxPlainLength = plain.Select(a => a.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The longest alias without <c>*</c>.</summary>
    internal int MaxPlainLength { get; }

    /// <summary>The rest of <paramref name="text"/> after the first alias it starts with, or null when none matches.</summary>
    public string? Strip(string text)
    {
        if (firstCharDecides && (text.Length == 0 || !firstChars.Contains(text[0])))
        {
            return null;
        }

        foreach (var alias in aliases)
        {
            if (alias.Parts is null)
            {
                if (text.StartsWith(alias.Text, StringComparison.Ordinal))
                {
                    return text[alias.Text.Length..];
                }

                continue;
            }

            // An alias may contain '*' (one folder name); try each prefix length that ends in '/'.
            for (var i = text.IndexOf('/', StringComparison.Ordinal); i >= 0; i = text.IndexOf('/', i + 1))
            {
                if (MatchesAlias(alias.Parts, text.AsSpan(0, i + 1)))
                {
                    return text[(i + 1)..];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The aliases without <c>*</c>, in order, that may start in <paramref name="window"/>: none when it holds none of
    /// their first characters (one vectorised search rules out most windows).
    /// </summary>
    internal string[] PlainStartingIn(ReadOnlySpan<char> window) =>
        !firstCharDecides || window.IndexOfAny(firstChars) >= 0 ? plain : [];

    private static bool MatchesAlias(string[] parts, ReadOnlySpan<char> prefix)
    {
        // '*' in an alias matches exactly one folder name (no '/').
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

    /// <summary>One alias; <paramref name="Parts"/> are its pieces around each <c>*</c>, or null when it has none.</summary>
    private sealed record Alias(string Text, string[]? Parts);
}
