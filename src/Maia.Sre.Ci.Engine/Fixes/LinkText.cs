using System.Text;

namespace Maia.Sre.Ci.Fixes;

/// <summary>Writes a path as a Markdown link destination: characters that would end or change the link are percent-encoded.</summary>
internal static class LinkText
{
    /// <summary>
    /// <paramref name="path"/> as a link destination; <paramref name="encode"/> forces percent-encoding of every
    /// unsafe character (the old destination was encoded), <paramref name="angled"/> allows spaces (<c>&lt;a b.md&gt;</c>).
    /// </summary>
    public static string Write(string path, bool encode, bool angled)
    {
        if (!encode && !NeedsEncoding(path, angled))
        {
            return path;
        }

        var text = new StringBuilder(path.Length + 8);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (rune.Value < 0x80 && IsSafe((char)rune.Value))
            {
                text.Append((char)rune.Value);
                continue;
            }

            if (rune.Value >= 0x80 && !encode)
            {
                text.Append(rune.ToString());
                continue;
            }

            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count])
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static bool NeedsEncoding(string path, bool angled)
    {
        foreach (var c in path)
        {
            if (c < 0x80 && !IsSafe(c) && !(angled && c == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || "-._~/!$&'*+,;=:@".Contains(c, StringComparison.Ordinal);
}
