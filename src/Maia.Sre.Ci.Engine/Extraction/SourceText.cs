namespace Maia.Sre.Ci.Extraction;

/// <summary>A source file's text split into lines (LF, CRLF or lone CR).</summary>
public sealed class SourceText
{
    /// <summary>Splits <paramref name="text"/> into lines.</summary>
    public SourceText(string path, string text)
    {
        Path = path;
        var lines = new List<string>();
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length)
        {
            // Vectorised search for the next terminator: far faster than a character loop on megabytes of text.
            var rel = span[start..].IndexOfAny('\n', '\r');
            if (rel < 0)
            {
                lines.Add(text[start..]);
                break;
            }

            var end = start + rel;
            lines.Add(text[start..end]);
            start = end + (span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? 2 : 1);
        }

        Lines = lines;
    }

    /// <summary>Repository-relative path.</summary>
    public string Path { get; }

    /// <summary>The lines, without terminators; index 0 is line 1.</summary>
    public IReadOnlyList<string> Lines { get; }
}
