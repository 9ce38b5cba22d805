using System.Text.RegularExpressions;
using Maia.Sre.Ci.Analysis;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// Reads the few settings of a site's configuration file that place its pages. YAML and TOML are read for their
/// top-level scalars (line by line: a tag or an anchor elsewhere in the file does not matter); JavaScript and
/// TypeScript configurations for string properties written as literals. A setting written as code is not guessed at:
/// the caller treats the site as read only in part.
/// </summary>
internal static partial class ConfigText
{
    /// <summary>The text of the repository file <paramref name="path"/>, or null when it cannot be read.</summary>
    public static string? Read(string root, string path)
    {
        using var text = SourceReader.Read(root, path, out _);
        return text is null ? null : string.Join('\n', text.Lines);
    }

    /// <summary>
    /// The top-level <c>key: value</c> (YAML) or <c>key = value</c> (TOML, before the first table) scalars of
    /// <paramref name="text"/>, unquoted; keys compared ignoring case (Hugo's are).
    /// </summary>
    public static Dictionary<string, string> TopLevel(string text, bool toml)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (toml && line.TrimStart().StartsWith('['))
            {
                break; // the rest belongs to tables
            }

            if (line.Length == 0 || line[0] is ' ' or '\t' or '#' or '-')
            {
                continue;
            }

            var separator = line.IndexOf(toml ? '=' : ':', StringComparison.Ordinal);
            if (separator <= 0)
            {
                continue;
            }

            var key = line[..separator].Trim().Trim('"');
            var value = line[(separator + 1)..].Trim();
            if (!toml && value.StartsWith('#'))
            {
                value = "";
            }

            values.TryAdd(key, Unquote(value));
        }

        return values;
    }

    /// <summary>The value of the JSON or JavaScript property <paramref name="key"/> written as a string literal anywhere in <paramref name="text"/>, or null.</summary>
    public static string? StringProperty(string text, string key)
    {
        var match = Regex.Match(text, @"(?<![\w$])[""']?" + Regex.Escape(key) + @"[""']?\s*[:=]\s*(?<q>[""'`])(?<value>[^""'`\n]*)\k<q>", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups["value"].Value : null;
    }

    /// <summary>True when <paramref name="text"/> sets <paramref name="key"/> to something other than a string literal (a variable, a call).</summary>
    public static bool SetByCode(string text, string key) =>
        Regex.IsMatch(text, @"(?<![\w$])" + Regex.Escape(key) + @"\s*:\s*[A-Za-z_$(]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
        && !Regex.IsMatch(text, @"(?<![\w$])" + Regex.Escape(key) + @"\s*:\s*(true|false|null|undefined)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The text of the object literal that follows <paramref name="key"/><c>:</c> (its braces included), starting the
    /// search at <paramref name="from"/>, or null. Strings and comments are skipped while matching braces.
    /// </summary>
    public static string? ObjectAfter(string text, string key, int from = 0)
    {
        var match = Regex.Match(text[from..], @"(?<![\w$])[""']?" + Regex.Escape(key) + @"[""']?\s*:\s*\{", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return null;
        }

        var open = from + match.Index + match.Length - 1;
        var close = MatchingBrace(text, open);
        return close < 0 ? null : text[open..(close + 1)];
    }

    /// <summary>
    /// The string properties at the top level of the object literal <paramref name="obj"/> (nested objects skipped):
    /// <c>{ path: 'docs', routeBasePath: '/', versions: { … } }</c> gives path and routeBasePath.
    /// </summary>
    public static Dictionary<string, string> TopLevelStrings(string obj)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var depth = 0;
        var flat = new System.Text.StringBuilder(obj.Length);
        for (var i = 0; i < obj.Length; i++)
        {
            var c = obj[i];
            if (c is '"' or '\'' or '`')
            {
                var end = StringEnd(obj, i);
                if (depth == 1)
                {
                    flat.Append(obj, i, end - i + 1);
                }

                i = end;
                continue;
            }

            if (c == '/' && i + 1 < obj.Length && obj[i + 1] is '/' or '*')
            {
                i = CommentEnd(obj, i);
                continue;
            }

            depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
            if (depth == 1 && c is not ('{' or '['))
            {
                flat.Append(c);
            }
            else if (depth == 1)
            {
                flat.Append(' ');
            }
        }

        foreach (Match m in TopLevelString().Matches(flat.ToString()))
        {
            values.TryAdd(m.Groups["key"].Value, m.Groups["value"].Value);
        }

        return values;
    }

    /// <summary>The index of the brace closing the one at <paramref name="open"/>, or -1.</summary>
    public static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'' or '`')
            {
                i = StringEnd(text, i);
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                i = CommentEnd(text, i);
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The last index of the comment starting at <paramref name="start"/> (<c>//</c> to the line's end, or <c>/* */</c>).</summary>
    private static int CommentEnd(string text, int start)
    {
        var end = text[start + 1] == '/' ? text.IndexOf('\n', start) : text.IndexOf("*/", start + 2, StringComparison.Ordinal) + 1;
        return end <= 0 ? text.Length - 1 : end;
    }

    private static int StringEnd(string text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == text[open] || (text[i] == '\n' && text[open] != '`'))
            {
                return i;
            }
        }

        return text.Length - 1;
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] is '"' or '\'' && value.LastIndexOf(value[0]) is var close and > 0)
        {
            return value[1..close];
        }

        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? value[..comment] : value).Trim();
    }

    [GeneratedRegex(@"(?<![\w$])[""']?(?<key>[A-Za-z_$][\w$]*)[""']?\s*:\s*(?<q>[""'`])(?<value>[^""'`\n]*)\k<q>", RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelString();
}
