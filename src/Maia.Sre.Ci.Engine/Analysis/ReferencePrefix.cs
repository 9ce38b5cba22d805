namespace Maia.Sre.Ci.Analysis;

/// <summary>What the text just before a token says about it (a glob, a placeholder, a computed prefix).</summary>
internal static class ReferencePrefix
{
    private static readonly string[] ScriptDirExpressions =
    [
        "$(dirname \"$0\")", "$(dirname $0)", "\"$(dirname \"$0\")\"", "$(dirname \"${BASH_SOURCE[0]}\")",
        "\"$(dirname \"${BASH_SOURCE[0]}\")\"", "$(cd \"$(dirname \"$0\")\" && pwd)", "\"$(cd \"$(dirname \"$0\")\" && pwd)\"",
        "$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)", "\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"",
    ];

    /// <summary>Tags whose content is text: a token right after one is plain (compared in place, no string made).</summary>
    private static readonly string[] HtmlTags =
    [
        "code", "kbd", "b", "i", "em", "strong", "td", "th", "li", "p", "span", "pre", "br", "sub", "sup", "samp", "tt", "summary", "dd", "dt",
    ];

    public enum Kind
    {
        Plain,
        Glob,
        Placeholder,
        ScriptDir,
        Computed,
    }

    /// <summary>Classifies the token at <paramref name="start"/> (0-based) in <paramref name="line"/>.</summary>
    public static Kind Classify(ReadOnlySpan<char> line, int start, string token)
    {
        if (start == 0)
        {
            return Kind.Plain;
        }

        var before = line[start - 1];
        switch (before)
        {
            case '*' or '?':
                return Kind.Glob;
            case ']':
                return Kind.Placeholder;
            case '>':
                var open = line[..(start - 1)].LastIndexOf('<');
                if (open < 0)
                {
                    return Kind.Plain;
                }

                var tag = line[(open + 1)..(start - 1)].TrimStart('/');
                var space = tag.IndexOf(' ');
                return IsTextTag(space < 0 ? tag : tag[..space]) ? Kind.Plain : Kind.Placeholder;
            case ')' or '"' or '\'' when token.StartsWith('/'):
                var prefix = line[..start];
                foreach (var expression in ScriptDirExpressions)
                {
                    if (prefix.EndsWith(expression, StringComparison.Ordinal))
                    {
                        return Kind.ScriptDir;
                    }
                }

                return Kind.Computed;
            default:
                return Kind.Plain;
        }
    }

    private static bool IsTextTag(ReadOnlySpan<char> name)
    {
        foreach (var tag in HtmlTags)
        {
            if (name.Equals(tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
