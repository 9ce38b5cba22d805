namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>
/// Reads a <see cref="SourceText"/> as a <see cref="TextReader"/> straight from its (pooled) characters, so the YAML
/// parser reads a file without a string of the whole file being made; its offsets are then offsets into
/// <see cref="SourceText.All"/>.
/// </summary>
internal sealed class SourceTextReader(SourceText text) : TextReader
{
    private int position = Start(text);

    /// <summary>
    /// Where reading starts: past a byte-order mark, which YamlDotNet would read as part of the first key (a text
    /// decoded from a file has none; one made from a string may). Add it to the parser's offsets.
    /// </summary>
    public static int Start(SourceText text) => text.All is ['\uFEFF', ..] ? 1 : 0;

    public override int Peek() => position < text.All.Length ? text.All[position] : -1;

    public override int Read() => position < text.All.Length ? text.All[position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var all = text.All;
        var n = Math.Min(buffer.Length, all.Length - position);
        all.Slice(position, n).CopyTo(buffer);
        position += n;
        return n;
    }
}
