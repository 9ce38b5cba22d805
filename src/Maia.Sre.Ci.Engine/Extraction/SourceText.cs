using System.Buffers;
using System.Collections;
using System.Text;

namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// A source file's text split into lines (LF, CRLF or lone CR). Splitting records only where each line starts and
/// ends; a line becomes a string the first time <see cref="Lines"/> is indexed for it, so extractors that look at
/// lines as spans (<see cref="Line"/>) allocate nothing for the many lines that hold no reference. Text decoded by
/// <see cref="Decode"/> lives in pooled buffers until <see cref="Dispose"/>: a scan of ten thousand files then
/// allocates strings only for what it reports, not for every file it reads.
/// </summary>
public sealed class SourceText : IDisposable
{
    private char[]? pooled;
    private ReadOnlyMemory<char> text;
    private int[] starts;
    private int[] lengths;
    private int count;
    private string?[]? made;

    /// <summary>Splits <paramref name="text"/> into lines.</summary>
    public SourceText(string path, string text)
        : this(path, text.AsMemory(), null)
    {
    }

    private SourceText(string path, ReadOnlyMemory<char> text, char[]? pooled)
    {
        Path = path;
        this.text = text;
        this.pooled = pooled;
        var capacity = Math.Max(16, text.Length / 40);
        starts = ArrayPool<int>.Shared.Rent(capacity);
        lengths = ArrayPool<int>.Shared.Rent(capacity);
        var span = text.Span;
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
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        var length = encoding.GetChars(bytes[skip..], chars);
        return new SourceText(path, chars.AsMemory(0, length), chars);
    }

    /// <summary>True when <paramref name="value"/> occurs anywhere in the text (ordinal).</summary>
    public bool Contains(string value) => text.Span.Contains(value, StringComparison.Ordinal);

    /// <summary>Line <paramref name="index"/> (0-based) as a span of the text: no allocation.</summary>
    public ReadOnlySpan<char> Line(int index) =>
        (uint)index < (uint)count ? text.Span.Slice(starts[index], lengths[index]) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Returns pooled memory. Strings already made from the text stay valid; the text itself does not.</summary>
    public void Dispose()
    {
        if (pooled is not null)
        {
            ArrayPool<char>.Shared.Return(pooled);
            pooled = null;
        }

        text = default;
        ArrayPool<int>.Shared.Return(starts);
        ArrayPool<int>.Shared.Return(lengths);
        starts = lengths = [];
        count = 0;
        if (made is not null)
        {
            ArrayPool<string?>.Shared.Return(made, clearArray: true);
            made = null;
        }
    }

    private void Append(int start, int length)
    {
        if (count == starts.Length)
        {
            starts = Grow(starts, count);
            lengths = Grow(lengths, count);
        }

        starts[count] = start;
        lengths[count] = length;
        count++;
    }

    private static int[] Grow(int[] array, int used)
    {
        var bigger = ArrayPool<int>.Shared.Rent(array.Length * 2);
        array.AsSpan(0, used).CopyTo(bigger);
        ArrayPool<int>.Shared.Return(array);
        return bigger;
    }

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
