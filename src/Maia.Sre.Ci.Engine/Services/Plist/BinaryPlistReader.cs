using System.Buffers.Binary;
using System.Text;

namespace Maia.Sre.Ci.Services.Plist;

/// <summary>
/// Reads a binary property list (<c>bplist00</c>): a 32-byte trailer locates the offset table, which locates each
/// object. Every offset, count and reference is bounds-checked and nesting is limited, so bad input (truncated,
/// cyclic, hostile) becomes a <see cref="DefinitionError"/>, never an exception or a hang.
/// </summary>
internal sealed class BinaryPlistReader
{
    private readonly byte[] bytes;
    private readonly long[] offsets;
    private readonly int refSize;
    private int budget = 100_000; // objects shared by reference could otherwise expand exponentially

    private BinaryPlistReader(byte[] bytes, long[] offsets, int refSize)
    {
        this.bytes = bytes;
        this.offsets = offsets;
        this.refSize = refSize;
    }

    public static (PlistNode? Root, DefinitionError? Error) Read(byte[] bytes)
    {
        try
        {
            if (bytes.Length < 8 + 32 || !bytes.AsSpan().StartsWith("bplist00"u8))
            {
                throw new FormatException("is not a bplist00 property list (too short or unknown version)");
            }

            var trailer = bytes.AsSpan(bytes.Length - 32);
            int offsetSize = trailer[6], refSize = trailer[7];
            var count = BinaryPrimitives.ReadUInt64BigEndian(trailer[8..]);
            var top = BinaryPrimitives.ReadUInt64BigEndian(trailer[16..]);
            var tableAt = BinaryPrimitives.ReadUInt64BigEndian(trailer[24..]);
            if (offsetSize is < 1 or > 8 || refSize is < 1 or > 8 || count == 0 || top >= count
                || tableAt < 8 || tableAt + (count * (ulong)offsetSize) > (ulong)(bytes.Length - 32) || count > (ulong)bytes.Length)
            {
                throw new FormatException("has a damaged trailer (object count, sizes or offset table out of range)");
            }

            var offsets = new long[count];
            for (var i = 0; i < offsets.Length; i++)
            {
                var at = (long)tableAt + ((long)i * offsetSize);
                offsets[i] = (long)ReadUnsigned(bytes.AsSpan((int)at, offsetSize));
            }

            return (new BinaryPlistReader(bytes, offsets, refSize).ReadObject((long)top, 0), null);
        }
        catch (FormatException ex)
        {
            return (null, new DefinitionError(ex.Message));
        }
    }

    private PlistNode ReadObject(long index, int depth)
    {
        if (depth > PlistParser.MaxDepth)
        {
            throw new FormatException($"nests deeper than {PlistParser.MaxDepth} levels (or refers to itself)");
        }

        if (--budget < 0)
        {
            throw new FormatException("holds too many objects (over 100,000 after expanding shared references)");
        }

        var at = offsets[index];
        if (at < 8 || at >= bytes.Length - 32)
        {
            throw new FormatException($"object {index} lies outside the file");
        }

        var marker = bytes[at];
        int type = marker >> 4, info = marker & 0xF;
        var body = at + 1;
        switch (type)
        {
            case 0x0 when info is 0x8 or 0x9:
                return new PlistBool(info == 0x9);
            case 0x1 when info <= 3:
                var raw = Slice(body, 1 << info);
                return new PlistInteger(info == 3 ? BinaryPrimitives.ReadInt64BigEndian(raw) : (long)ReadUnsigned(raw));
            case 0x2 when info is 2 or 3:
                return new PlistReal(info == 2 ? BinaryPrimitives.ReadSingleBigEndian(Slice(body, 4)) : BinaryPrimitives.ReadDoubleBigEndian(Slice(body, 8)));
            case 0x3 when info == 3:
                var seconds = BinaryPrimitives.ReadDoubleBigEndian(Slice(body, 8));
                return new PlistDate(Date(seconds));
        }

        var length = Length(info, ref body);
        return type switch
        {
            0x4 => new PlistData((int)Slice(body, length).Length),
            0x5 => new PlistString(Encoding.ASCII.GetString(Slice(body, length))),
            0x6 => new PlistString(Encoding.BigEndianUnicode.GetString(Slice(body, length * 2))),
            0x7 => new PlistString(Encoding.UTF8.GetString(Slice(body, length))),
            0xA => new PlistArray(Refs(body, length).Select(r => ReadObject(r, depth + 1)).ToList()),
            0xD => ReadDict(body, length, depth),
            _ => throw new FormatException($"object {index} has an unknown type marker 0x{marker:x2}"),
        };
    }

    private PlistDict ReadDict(long body, long length, int depth)
    {
        var keys = Refs(body, length);
        var values = Refs(body + (length * refSize), length);
        var entries = new List<KeyValuePair<string, PlistNode>>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = ReadObject(keys[i], depth + 1) as PlistString ?? throw new FormatException("a dictionary key is not a string");
            entries.Add(new(key.Value, ReadObject(values[i], depth + 1)));
        }

        return new PlistDict(entries);
    }

    /// <summary>The element count: the low nibble, or (when 0xF) an integer object that follows the marker.</summary>
    private long Length(int info, ref long body)
    {
        if (info != 0xF)
        {
            return info;
        }

        var marker = Slice(body, 1)[0];
        if (marker >> 4 != 0x1 || (marker & 0xF) > 3)
        {
            throw new FormatException("a length is not an integer");
        }

        var size = 1 << (marker & 0xF);
        var value = ReadUnsigned(Slice(body + 1, size));
        body += 1 + size;
        return value > (ulong)bytes.Length ? throw new FormatException("a length exceeds the file size") : (long)value;
    }

    private List<long> Refs(long at, long count)
    {
        var span = Slice(at, count * refSize);
        var refs = new List<long>((int)count);
        for (var i = 0; i < count; i++)
        {
            var r = ReadUnsigned(span.Slice(i * refSize, refSize));
            refs.Add(r < (ulong)offsets.Length ? (long)r : throw new FormatException($"an object reference ({r}) is out of range"));
        }

        return refs;
    }

    private ReadOnlySpan<byte> Slice(long at, long length) =>
        length >= 0 && at >= 0 && at + length <= bytes.Length - 32
            ? bytes.AsSpan((int)at, (int)length)
            : throw new FormatException("is truncated: an object runs past the end of the data");

    private static ulong ReadUnsigned(ReadOnlySpan<byte> span)
    {
        ulong value = 0;
        foreach (var b in span)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    /// <summary>Seconds since 2001-01-01 UTC (Core Foundation's epoch), clamped to the representable range.</summary>
    private static DateTimeOffset Date(double seconds)
    {
        var epoch = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var min = (DateTimeOffset.MinValue - epoch).TotalSeconds;
        var max = (DateTimeOffset.MaxValue - epoch).TotalSeconds;
        return double.IsNaN(seconds) ? epoch : epoch.AddSeconds(Math.Clamp(seconds, min + 1, max - 1));
    }
}
