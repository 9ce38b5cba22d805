using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// The few front matter keys that move a page's URL (<c>slug</c>, <c>id</c>, <c>permalink</c>, <c>url</c>) or give
/// it more (<c>aliases</c>, <c>redirect_from</c>), read from YAML (<c>---</c>) or TOML (<c>+++</c>) front matter.
/// Only top-level keys are read, line by line: these keys are scalars or short lists.
/// </summary>
public sealed class FrontMatter
{
    private static readonly string[] ListKeys = ["aliases", "redirect_from"];

    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly List<string> aliases = [];

    /// <summary>No front matter.</summary>
    public static readonly FrontMatter None = new();

    /// <summary>The value of top-level key <paramref name="key"/>, unquoted, or null.</summary>
    public string? this[string key] => values.TryGetValue(key, out var value) ? value : null;

    /// <summary>The URLs of <c>aliases</c> (Hugo) and <c>redirect_from</c> (Jekyll): they lead to the page too.</summary>
    public IReadOnlyList<string> Aliases => aliases;

    /// <summary>Reads the front matter at the top of <paramref name="text"/>.</summary>
    public static FrontMatter Read(SourceText text)
    {
        if (text.LineCount == 0)
        {
            return None;
        }

        var fence = text.Line(0).TrimEnd();
        var toml = fence.SequenceEqual("+++");
        if (!toml && !fence.SequenceEqual("---"))
        {
            return None;
        }

        var front = new FrontMatter();
        string? list = null;
        for (var i = 1; i < text.LineCount && i < 400; i++)
        {
            var line = text.Line(i);
            var trimmed = line.TrimEnd();
            if (trimmed.SequenceEqual(toml ? "+++" : "---") || (!toml && trimmed.SequenceEqual("...")))
            {
                break;
            }

            if (list is not null && line.TrimStart().StartsWith("- ", StringComparison.Ordinal) && line.Length > 0 && line[0] is ' ' or '-')
            {
                front.aliases.Add(Unquote(line.TrimStart()[2..]));
                continue;
            }

            list = null;
            if (line.Length == 0 || line[0] is ' ' or '\t' or '#' or '[')
            {
                continue; // nested, a comment, or a TOML table: not a top-level key
            }

            var separator = line.IndexOf(toml ? '=' : ':');
            if (separator <= 0)
            {
                continue;
            }

            var key = line[..separator].Trim().ToString();
            var value = line[(separator + 1)..].Trim();
            if (Array.IndexOf(ListKeys, key) >= 0)
            {
                if (value.IsEmpty)
                {
                    list = key;
                }
                else
                {
                    foreach (var item in InlineList(value))
                    {
                        front.aliases.Add(item);
                    }
                }

                continue;
            }

            front.values[key] = Unquote(value);
        }

        return front;
    }

    /// <summary>The items of <c>[a, "b"]</c>, or the one value.</summary>
    private static List<string> InlineList(ReadOnlySpan<char> value)
    {
        var inner = value.StartsWith("[") && value.EndsWith("]") ? value[1..^1] : value;
        var items = new List<string>();
        foreach (var part in inner.ToString().Split(','))
        {
            var item = Unquote(part.AsSpan().Trim());
            if (item.Length > 0)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>A scalar without its quotes, or, unquoted, without a trailing <c> #</c> comment.</summary>
    private static string Unquote(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (value.Length >= 2 && value[0] is '"' or '\'' && value.LastIndexOf(value[0]) is var close and > 0)
        {
            return value[1..close].ToString();
        }

        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? value[..comment] : value).TrimEnd().ToString();
    }
}
