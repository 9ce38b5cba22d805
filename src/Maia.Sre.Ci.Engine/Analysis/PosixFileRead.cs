using System.Runtime.InteropServices;
using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Reads a whole file with three system calls on 64-bit Linux: <c>open</c> with <c>O_NOFOLLOW</c> (a symbolic link
/// fails instead of being followed), <c>pread</c> and <c>close</c>; a file larger than the first read (32 KiB) costs an
/// <c>lseek</c> to the end for its size and a second <c>pread</c>. .NET's own path
/// (<see cref="FileInfo"/> then <see cref="File.OpenHandle"/>) costs six per file: <c>lstat</c>, <c>geteuid</c>,
/// <c>open</c>, <c>fstat</c>, <c>pread</c>, <c>close</c>. Anything out of the ordinary (a link, a permission error,
/// another platform) is left to <see cref="SourceReader"/>'s .NET path, which reports it as before.
/// </summary>
internal static class PosixFileRead
{
    /// <summary>What <see cref="TryRead(string, string, long, out ScratchBuffer{byte}, out int)"/> found.</summary>
    public enum Outcome
    {
        /// <summary>The bytes are in the buffer.</summary>
        Read,

        /// <summary>No such file (it went away after the listing).</summary>
        Missing,

        /// <summary>Not answered here: take .NET's path.</summary>
        Elsewhere,
    }

    // Linux's values on x86-64 and on arm64 (asm-generic), the two architectures this path runs on.
    private const int ReadOnlyNonBlockingCloseOnExec = 0x800 | 0x80000;
    private const int NoFollowX64 = 0x20000;
    private const int NoFollowArm64 = 0x8000;
    private const int SeekEnd = 2;
    private const int NoSuchFile = 2;
    private const int Interrupted = 4;

    /// <summary>The bytes asked for by the first read of a file: more than most source files hold, and pooled memory.</summary>
    private const int FirstRead = 32 * 1024;

    /// <summary>True where this path runs: Linux on x86-64 or arm64, while the C library answers (see <see cref="TryRead(string, string, long, out ScratchBuffer{byte}, out int)"/>).</summary>
    public static bool IsAvailable { get; private set; } = OperatingSystem.IsLinux() && NoFollow != 0;

    private static int NoFollow => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => NoFollowX64,
        Architecture.Arm64 => NoFollowArm64,
        _ => 0,
    };

    private static readonly int OpenFlags = ReadOnlyNonBlockingCloseOnExec | NoFollow;

    /// <summary>
    /// Reads <paramref name="path"/> into a scratch buffer (the caller disposes it) when it holds 1 to
    /// <paramref name="maxBytes"/> bytes. Everything else is left to .NET's path, which tells the cases apart: an empty
    /// file, a file over the limit, a link (never followed here), a folder (whose size some file systems give as 0 or as
    /// a huge number), a pipe, socket or device (opened without blocking, sized -1 or 0).
    /// </summary>
    public static Outcome TryRead(string path, long maxBytes, out ScratchBuffer<byte> buffer, out int length) =>
        TryRead(path, null, maxBytes, out buffer, out length);

    /// <summary>
    /// <see cref="TryRead(string, long, out ScratchBuffer{byte}, out int)"/> for <paramref name="relative"/> under
    /// <paramref name="folder"/>, joined as <see cref="Path.Combine(string, string)"/> joins them but straight into the
    /// C string, without making the joined path a .NET string first (one less string per file read).
    /// </summary>
    public static Outcome TryRead(string folder, string? relative, long maxBytes, out ScratchBuffer<byte> buffer, out int length)
    {
        buffer = default;
        length = 0;
        if (relative is not null && (relative.Length == 0 || Path.IsPathRooted(relative) || folder.Length == 0))
        {
            (folder, relative) = (Path.Combine(folder, relative), null); // the unusual joins, left to .NET
        }

        if (!CPath.TryCreate(folder, relative, stackalloc byte[1024], out var name))
        {
            return Outcome.Elsewhere; // a NUL: the C string would end early and name another file
        }

        int fd;
        var error = 0;
        try
        {
            fd = Open(ref name.Start, OpenFlags);
            error = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            IsAvailable = false; // a C library that cannot be loaded as "libc": .NET's path from now on
            return Outcome.Elsewhere;
        }
        finally
        {
            name.Dispose();
        }

        if (fd < 0)
        {
            return error == NoSuchFile ? Outcome.Missing : Outcome.Elsewhere; // a link (ELOOP), no permission, ...
        }

        try
        {
            // Most files are smaller than the first read, which then tells their size too: a read of a regular file
            // that stops short of what was asked stops at its end (on Linux's local and network file systems a read
            // is short only there). Only a file that fills the first read costs an lseek for its size.
            buffer = ScratchBuffer<byte>.Rent((int)Math.Min(FirstRead, maxBytes + 1));
            var first = ReadAt(fd, buffer.Span, 0);
            if (first > 0 && first < buffer.Length && first <= maxBytes)
            {
                length = (int)first;
                return Outcome.Read;
            }

            var size = first > 0 ? Seek(fd, 0, SeekEnd) : 0;
            if (first <= 0 || size < first || size > maxBytes)
            {
                // Empty, a folder (EISDIR), a pipe, a device, too large, an I/O error, or shorter now than what was
                // just read (it changed while read): .NET's path reads or reports it.
                buffer.Dispose();
                return Outcome.Elsewhere;
            }

            buffer.Grow((int)size, (int)first);
            length = (int)first;
            while (length < size)
            {
                var n = ReadAt(fd, buffer.Span[length..(int)size], length);
                if (n == 0)
                {
                    break; // the file shrank since it was sized
                }

                if (n < 0)
                {
                    buffer.Dispose();
                    length = 0;
                    return Outcome.Elsewhere; // an I/O error: .NET's path reports it
                }

                length += (int)n;
            }

            return Outcome.Read;
        }
        finally
        {
            _ = Close(fd);
        }
    }

    /// <summary>One <c>pread</c> into <paramref name="into"/> at <paramref name="offset"/>, repeated if a signal interrupts it: the bytes read, 0 at the end, -1 on an error.</summary>
    private static long ReadAt(int fd, Span<byte> into, long offset)
    {
        while (true)
        {
            var n = ReadAt(fd, ref MemoryMarshal.GetReference(into), (nuint)into.Length, offset);
            if (n >= 0 || Marshal.GetLastPInvokeError() != Interrupted)
            {
                return n;
            }
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(ref byte path, int flags);

    [DllImport("libc", EntryPoint = "lseek", SetLastError = true)]
    private static extern long Seek(int fd, long offset, int whence);

    [DllImport("libc", EntryPoint = "pread", SetLastError = true)]
    private static extern nint ReadAt(int fd, ref byte buffer, nuint count, long offset);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
