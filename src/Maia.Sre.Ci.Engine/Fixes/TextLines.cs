namespace Maia.Sre.Ci.Fixes;

/// <summary>
/// Where each line of a text starts and ends, split as sources are (LF, CRLF or a lone CR ends a line), so a
/// finding's line and column find the same characters here. Each line keeps its own terminator.
/// </summary>
internal sealed class TextLines
{
    private readonly List<(int Start, int Length, int Terminator)> lines = [];

    public TextLines(string text)
    {
        Text = text;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(['\n', '\r'], start);
            if (end < 0)
            {
                lines.Add((start, text.Length - start, 0));
                break;
            }

            var terminator = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1;
            lines.Add((start, end - start, terminator));
            start = end + terminator;
        }
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The number of lines.</summary>
    public int Count => lines.Count;

    /// <summary>Where line <paramref name="index"/> (0-based) starts in <see cref="Text"/>.</summary>
    public int Start(int index) => lines[index].Start;

    /// <summary>Line <paramref name="index"/> without its terminator.</summary>
    public ReadOnlySpan<char> Line(int index) => Text.AsSpan(lines[index].Start, lines[index].Length);

    /// <summary>Line <paramref name="index"/> with its terminator (none on a last line without one).</summary>
    public string WithTerminator(int index) => Text.Substring(lines[index].Start, lines[index].Length + lines[index].Terminator);
}
