using System.Runtime.InteropServices;
using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Workspace;

/// <summary>What a path names, as <c>stat(2)</c> tells it.</summary>
public enum FileKind
{
    /// <summary>Nothing there.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    Link,

    /// <summary>A character device (<c>/dev/null</c>, a terminal).</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A named pipe.</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>It exists, but what it is could not be told.</summary>
    Unknown,
}

/// <summary>
/// Tells what a path names. On Linux one <c>statx</c> call, whose record has the same layout on every architecture
/// (.NET has no public way to tell a device or a pipe from a regular file); elsewhere a cautious guess from .NET's
/// answers, in which anything that might not be a regular file is <see cref="FileKind.Unknown"/>.
/// </summary>
public static class FileKinds
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW
    private const uint TypeOnly = 0x1; // STATX_TYPE
    private const int ModeOffset = 0x1C; // stx_mode, after stx_mask, stx_blksize, stx_attributes, stx_nlink, stx_uid, stx_gid
    private const int RecordSize = 256;
    private const int NoSuchFile = 2;
    private const int NotAFolder = 20;

    private static bool statxAvailable = OperatingSystem.IsLinux();

    /// <summary>What <paramref name="path"/> names; with <paramref name="followLinks"/> a link is answered by its final target.</summary>
    public static FileKind Of(string path, bool followLinks)
    {
        if (statxAvailable && TryStatx(path, followLinks, out var kind))
        {
            return kind;
        }

        return Guess(path, followLinks);
    }

    private static bool TryStatx(string path, bool followLinks, out FileKind kind)
    {
        kind = FileKind.Unknown;
        if (!CPath.TryCreate(path, null, stackalloc byte[1024], out var name))
        {
            return false;
        }

        Span<byte> record = stackalloc byte[RecordSize];
        try
        {
            if (Statx(CurrentFolder, ref name.Start, followLinks ? 0 : NoFollow, TypeOnly, ref MemoryMarshal.GetReference(record)) != 0)
            {
                var error = Marshal.GetLastPInvokeError();
                kind = error is NoSuchFile or NotAFolder ? FileKind.Missing : FileKind.Unknown;
                return true;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            statxAvailable = false; // an older C library: .NET's answers from now on
            return false;
        }
        finally
        {
            name.Dispose();
        }

        var mode = BitConverter.ToUInt16(record.Slice(ModeOffset, 2));
        kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.Link,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
        return true;
    }

    /// <summary>Without <c>statx</c>: a link, a folder, something under <c>/dev</c>, or an empty "file" (devices and pipes report length 0) is not taken for a regular file.</summary>
    private static FileKind Guess(string path, bool followLinks)
    {
        FileSystemInfo info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            if (!followLinks)
            {
                return FileKind.Link;
            }

            try
            {
                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            }
            catch (IOException)
            {
                return FileKind.Unknown; // a loop
            }
        }

        if (System.IO.Directory.Exists(info.FullName))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(info.FullName))
        {
            return FileKind.Missing;
        }

        var device = info.FullName.StartsWith("/dev/", StringComparison.Ordinal) || info.FullName.StartsWith(@"\\.\", StringComparison.Ordinal);
        return device || new FileInfo(info.FullName).Length == 0 ? FileKind.Unknown : FileKind.Regular;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, ref byte path, int flags, uint mask, ref byte record);
}
