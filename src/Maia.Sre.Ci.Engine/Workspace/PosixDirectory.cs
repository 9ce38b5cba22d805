using System.Runtime.InteropServices;
using System.Text;
using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Workspace;

/// <summary>
/// Lists one folder with the C library's <c>opendir</c>/<c>readdir</c> on 64-bit Linux, reading each entry's kind
/// from the listing itself: one pass per folder. .NET's enumeration cannot tell a symbolic link from the listing
/// without a <c>stat</c> per entry, so the walk used to list each folder twice (once without links, once counting
/// everything) and paid the file system's directory reading, its system calls and its hashing of every name twice.
/// Anything out of the ordinary (a folder that cannot be opened, a file system that does not give entry kinds, another
/// platform) is left to .NET's path.
/// </summary>
internal static class PosixDirectory
{
    // glibc and musl on x86-64 and arm64: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), then the name.
    private const int LengthOffset = 16;
    private const int TypeOffset = 18;
    private const int NameOffset = 19;
    private const byte Unknown = 0;
    private const byte Directory = 4;
    private const byte Link = 10;

    /// <summary>True where this path runs: Linux on x86-64 or arm64, while the C library answers.</summary>
    public static bool IsAvailable { get; private set; } =
        OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary>
    /// Adds the entries of <paramref name="folder"/> (not <c>.</c> and <c>..</c>), with whether each is a folder, to
    /// <paramref name="entries"/>, leaving symbolic links out and counting them in <paramref name="links"/>. False, with
    /// <paramref name="entries"/> as it was, when .NET's path must answer.
    /// </summary>
    public static unsafe bool TryList(string folder, List<(string Name, bool IsDirectory)> entries, out int links)
    {
        links = 0;
        if (!IsAvailable || !CPath.TryCreate(folder, null, stackalloc byte[1024], out var path))
        {
            return false;
        }

        nint dir;
        try
        {
            dir = OpenDir(ref path.Start);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            IsAvailable = false; // a C library that cannot be loaded as "libc": .NET's path from now on
            return false;
        }
        finally
        {
            path.Dispose();
        }

        if (dir == 0)
        {
            return false; // no permission, gone, not a folder: .NET's path reports it
        }

        var before = entries.Count;
        try
        {
            while (true)
            {
                Marshal.SetLastPInvokeError(0);
                var entry = (byte*)ReadDir(dir);
                if (entry is null)
                {
                    if (Marshal.GetLastPInvokeError() == 0)
                    {
                        return true; // the end
                    }

                    break; // a read error: .NET's path reports it
                }

                // The name ends at its NUL, within the entry's own length.
                var name = new ReadOnlySpan<byte>(entry + NameOffset, *(ushort*)(entry + LengthOffset) - NameOffset);
                var end = name.IndexOf((byte)0);
                name = end < 0 ? name : name[..end];
                if (name is [(byte)'.'] or [(byte)'.', (byte)'.'])
                {
                    continue;
                }

                var type = entry[TypeOffset];
                if (type == Unknown)
                {
                    break; // the file system gives no kinds: .NET's path asks for each
                }

                if (type == Link)
                {
                    links++;
                    continue;
                }

                entries.Add((Encoding.UTF8.GetString(name), type == Directory));
            }

            entries.RemoveRange(before, entries.Count - before);
            links = 0;
            return false;
        }
        finally
        {
            _ = CloseDir(dir);
        }
    }

    [DllImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static extern nint OpenDir(ref byte path);

    [DllImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static extern nint ReadDir(nint dir);

    [DllImport("libc", EntryPoint = "closedir", SetLastError = true)]
    private static extern int CloseDir(nint dir);
}
