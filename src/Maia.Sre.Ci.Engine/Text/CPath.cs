using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Maia.Sre.Ci.Text;

/// <summary>
/// A path as the C library takes it: UTF-8, ending in NUL, made without a .NET string of the joined path. It lives in
/// the caller's stack buffer when it fits, else in a pooled array given back by <see cref="Dispose"/>.
/// </summary>
internal ref struct CPath
{
    private byte[]? rented;

    private CPath(Span<byte> bytes, byte[]? rented)
    {
        Bytes = bytes;
        this.rented = rented;
    }

    /// <summary>The path's bytes, its final NUL included.</summary>
    public Span<byte> Bytes { get; }

    /// <summary>The first byte, to pass to the C library.</summary>
    public readonly ref byte Start => ref MemoryMarshal.GetReference(Bytes);

    /// <summary>
    /// <paramref name="folder"/>, or <paramref name="relative"/> under it (joined with one '/' as
    /// <see cref="Path.Combine(string, string)"/> joins a relative path), into <paramref name="stack"/> when it fits.
    /// False when either holds a NUL: the C string would end there and name another file.
    /// </summary>
    public static bool TryCreate(string folder, string? relative, Span<byte> stack, out CPath path)
    {
        path = default;
        if (folder.Contains('\0', StringComparison.Ordinal) || (relative?.Contains('\0', StringComparison.Ordinal) ?? false))
        {
            return false;
        }

        var most = Encoding.UTF8.GetMaxByteCount(folder.Length + (relative?.Length ?? 0) + 1) + 1;
        var rented = most > stack.Length ? ArrayPool<byte>.Shared.Rent(most) : null;
        var bytes = rented ?? stack;
        var written = Encoding.UTF8.GetBytes(folder, bytes);
        if (relative is not null)
        {
            if (folder[^1] != '/')
            {
                bytes[written++] = (byte)'/';
            }

            written += Encoding.UTF8.GetBytes(relative, bytes[written..]);
        }

        bytes[written] = 0;
        path = new CPath(bytes[..(written + 1)], rented);
        return true;
    }

    /// <summary>Gives a pooled array back.</summary>
    public void Dispose()
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
            rented = null;
        }
    }
}
