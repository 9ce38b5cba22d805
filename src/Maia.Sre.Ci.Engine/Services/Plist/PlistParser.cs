namespace Maia.Sre.Ci.Services.Plist;

/// <summary>Reads XML and binary (<c>bplist00</c>) property lists; never throws on bad input.</summary>
public static class PlistParser
{
    /// <summary>The largest property list read (launchd definitions are a few KiB).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>How deeply arrays and dictionaries may nest.</summary>
    public const int MaxDepth = 32;

    /// <summary>True when <paramref name="bytes"/> start with the binary property-list magic.</summary>
    public static bool IsBinary(ReadOnlySpan<byte> bytes) => bytes.StartsWith("bplist"u8);

    /// <summary>Parses <paramref name="bytes"/>: the root node, or an error.</summary>
    public static (PlistNode? Root, DefinitionError? Error) Parse(byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return (null, new DefinitionError($"is larger than {MaxBytes / 1024} KiB; not read"));
        }

        return IsBinary(bytes) ? BinaryPlistReader.Read(bytes) : XmlPlistReader.Read(bytes);
    }
}
