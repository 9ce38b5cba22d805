using System.Buffers;
using System.Collections;
using System.Text;
using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// A source file's text split into lines (LF, CRLF or lone CR). Splitting records only where each line starts and
/// ends; a line becomes a string the first time <see cref="Lines"/> is indexed for it, so extractors that look at
/// lines as spans (<see cref="Line"/>) allocate nothing for the many lines that hold no reference. Text decoded by
/// <see cref="Decode"/> and the line table live in scratch memory (pooled, or outside the collected heap when large)
/// until <see cref="Dispose"/>: a scan of ten thousand files then allocates strings only for what it reports, not for
/// every file it reads.
/// </summary>
public sealed class SourceText : IDisposable
{
    private ReadOnlyMemory<char> text;
    private ScratchBuffer<char> decoded;
    private int decodedLength;
    private ScratchBuffer<LineSpan> lines;
    private int count;
    private string?[]? made;

    /// <summary>Splits <paramref name="text"/> into lines.</summary>
    public SourceText(string path, string text)
        : this(path, text.AsMemory(), default, 0)
    {
    }

    private SourceText(string path, ReadOnlyMemory<char> text, ScratchBuffer<char> decoded, int decodedLength)
    {
        Path = path;
        this.text = text;
        this.decoded = decoded;
        this.decodedLength = decodedLength;
        var span = Text;
        lines = ScratchBuffer<LineSpan>.Rent(Math.Max(16, span.Length / 40));
        var start = 0;
        while (start < span.Length)
        {
            // Vectorised search for the next terminator: far faster than a character loop on megabytes of text.
            var rel = span[start..].IndexOfAny('\n', '\r');
            var end = rel < 0 ? span.Length : start + rel;
            Append(start, end - start);
            if (rel < 0)
            {
                break;
            }

            start = end + (span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? 2 : 1);
        }

        Lines = new LineList(this);
    }

    /// <summary>Repository-relative path.</summary>
    public string Path { get; }

    /// <summary>The lines, without terminators; index 0 is line 1. Each line is made a string when first read.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The number of lines.</summary>
    public int LineCount => count;

    /// <summary>
    /// Decodes <paramref name="bytes"/> into pooled memory: UTF-16 (either order) or UTF-8 by byte-order mark, else
    /// UTF-8; invalid bytes become U+FFFD. Dispose the result to give the memory back.
    /// </summary>
    public static SourceText Decode(string path, ReadOnlySpan<byte> bytes)
    {
        var (encoding, skip) = bytes switch
        {
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            _ => (Encoding.UTF8, 0),
        };

        // Neither UTF-8 nor UTF-16 decodes to more characters than it has bytes (a replaced byte is one character).
        var chars = ScratchBuffer<char>.Rent(Math.Max(1, bytes.Length));
        var length = encoding.GetChars(bytes[skip..], chars.Span);
        return new SourceText(path, default, chars, length);
    }

    /// <summary>True when <paramref name="value"/> occurs anywhere in the text (ordinal).</summary>
    public bool Contains(string value) => Text.Contains(value, StringComparison.Ordinal);

    /// <summary>Line <paramref name="index"/> (0-based) as a span of the text: no allocation.</summary>
    public ReadOnlySpan<char> Line(int index)
    {
        if ((uint)index >= (uint)count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        var line = lines.Span[index];
        return Text.Slice(line.Start, line.Length);
    }

    /// <summary>The whole text, terminators included (what a parser of the whole file reads).</summary>
    internal ReadOnlySpan<char> All => Text;

    /// <summary>
    /// The 1-based line and column of character <paramref name="offset"/> of <see cref="All"/>; a terminator belongs
    /// to the line it ends, and the end of the text to the last line.
    /// </summary>
    internal (int Line, int Column) Locate(int offset)
    {
        var spans = lines.Span[..count];
        var lo = 0;
        var hi = count - 1;
        while (lo < hi)
        {
            // The last line that starts at or before the offset.
            var mid = (lo + hi + 1) >> 1;
            if (spans[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (count == 0)
        {
            return (1, 1);
        }

        var line = spans[lo];
        return (lo + 1, Math.Min(Math.Max(0, offset - line.Start), line.Length) + 1);
    }

    /// <summary>The whole text: the decoded characters, or the string it was made from.</summary>
    private ReadOnlySpan<char> Text => decoded.Length > 0 ? decoded.Span[..decodedLength] : text.Span;

    /// <summary>Gives the scratch memory back. Strings already made from the text stay valid; the text itself does not.</summary>
    public void Dispose()
    {
        decoded.Dispose();
        decodedLength = 0;
        text = default;
        lines.Dispose();
        count = 0;
        if (made is not null)
        {
            ArrayPool<string?>.Shared.Return(made, clearArray: true);
            made = null;
        }
    }

    private void Append(int start, int length)
    {
        if (count == lines.Length)
        {
            lines.Grow(count * 2, count);
        }

        lines.Span[count++] = new LineSpan(start, length);
    }

    /// <summary>Where a line starts in the text and how long it is, without its terminator.</summary>
    private readonly record struct LineSpan(int Start, int Length);

    /// <summary>The lines as strings, made on first access and kept (a reference's line is read several times).</summary>
    private sealed class LineList(SourceText owner) : IReadOnlyList<string>
    {
        public int Count => owner.count;

        public string this[int index]
        {
            get
            {
                // Few lines of a file are ever made strings (those with links, comments or phantoms); they are kept in
                // a pooled table, one slot per line, given back (cleared) with the text.
                var span = owner.Line(index);
                var made = owner.made ??= ArrayPool<string?>.Shared.Rent(owner.count);
                return made[index] ??= span.ToString();
            }
        }

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
