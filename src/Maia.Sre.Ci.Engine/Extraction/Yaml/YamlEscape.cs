using System.Globalization;

namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>Escapes of YAML's double-quoted scalars (<c>\t</c>, <c>\x41</c>, <c>\u00e9</c>, an escaped line break, …).</summary>
internal static class YamlEscape
{
    /// <summary>The text a double-quoted escape at the start of <paramref name="source"/> stands for, and its width.</summary>
    public static (string Produced, int Width) Read(ReadOnlySpan<char> source)
    {
        if (source.Length < 2)
        {
            return ("\\", 1);
        }

        switch (source[1])
        {
            case '\r':
                return ("", source.Length > 2 && source[2] == '\n' ? 3 : 2); // an escaped line break joins the lines
            case '\n':
                return ("", 2);
            case 'x':
                return Hex(source, 2);
            case 'u':
                return Hex(source, 4);
            case 'U':
                return Hex(source, 8);
        }

        var produced = source[1] switch
        {
            '0' => "\0",
            'a' => "\a",
            'b' => "\b",
            't' or '\t' => "\t",
            'n' => "\n",
            'v' => "\v",
            'f' => "\f",
            'r' => "\r",
            'e' => "\u001b",
            ' ' => " ",
            '"' => "\"",
            '/' => "/",
            '\\' => "\\",
            'N' => "\u0085",
            '_' => "\u00a0",
            'L' => "\u2028",
            'P' => "\u2029",
            _ => source[1].ToString(),
        };
        return (produced, 2);
    }

    private static (string Produced, int Width) Hex(ReadOnlySpan<char> source, int digits)
    {
        if (source.Length < 2 + digits || !int.TryParse(source.Slice(2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            return ("\\", 1);
        }

        return (char.ConvertFromUtf32(code), 2 + digits);
    }
}
