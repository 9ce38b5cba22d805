namespace Maia.Sre.Ci.Extraction;

/// <summary>A source file's text split into lines (LF, CRLF or lone CR).</summary>
public sealed class SourceText
{
    /// <summary>Splits <paramref name="text"/> into lines.</summary>
    public SourceText(string path, string text)
    {
        Path = path;
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        Lines = lines;
    }

    /// <summary>Repository-relative path.</summary>
    public string Path { get; }

    /// <summary>The lines, without terminators; index 0 is line 1.</summary>
    public IReadOnlyList<string> Lines { get; }
}
